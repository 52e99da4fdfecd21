package io.github.leakproof.spotbugs.listener;

import io.github.leakproof.model.ListenerCatalogue;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantClass;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.ConstantUtf8;
import org.apache.bcel.classfile.JavaClass;

/**
 * Every removal call of the analysed program, read from each class's constant pool (cheap, for every
 * class): which class calls which removal on which type, which classes it mentions, and which source
 * file it comes from. A registration counts as undone when its registrant's file, or a class that
 * knows the registrant (holds it, makes it, calls it), calls the paired removal on a related type —
 * the owner that calls {@code src.removeXListener(child)} for the child it registered.
 */
final class ProgramRemovals {
  private record Removal(String owner, String name) {}

  private record ClassFacts(String className, String sourceFile, List<Removal> removals, Set<String> mentions) {}

  private final ListenerCatalogue catalogue;
  private final TypeNames types;
  private final List<ClassFacts> classes = new ArrayList<>();

  ProgramRemovals(ListenerCatalogue catalogue, TypeNames types) {
    this.catalogue = catalogue;
    this.types = types;
  }

  void see(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    List<Removal> removals = new ArrayList<>();
    Set<String> mentions = new HashSet<>();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantClass type) {
        mentions.add(((ConstantUtf8) pool.getConstant(type.getNameIndex())).getBytes().replace('/', '.'));
      } else if (constant instanceof ConstantNameAndType nameAndType) {
        addTypesOf(nameAndType.getSignature(pool), mentions);
      } else if (constant instanceof ConstantMethodref || constant instanceof ConstantInterfaceMethodref) {
        ConstantCP method = (ConstantCP) constant;
        String name = pool.getConstant(method.getNameAndTypeIndex(), ConstantNameAndType.class).getName(pool);
        if (catalogue.isRemoval(name)) {
          removals.add(new Removal(method.getClass(pool), name));
        }
      }
    }
    if (!removals.isEmpty()) {
      classes.add(new ClassFacts(javaClass.getClassName(), sourceFileOf(javaClass), removals, mentions));
    }
  }

  /** True if a class of the registrant's file, or one that mentions it, calls {@code removal} on a related type. */
  boolean isRemoved(Registration registration) {
    List<String> added = types.typeAndSupertypes(registration.sourceType());
    String registrantFile = registration.sourceFile();
    for (ClassFacts facts : classes) {
      boolean related = facts.sourceFile().equals(registrantFile)
          || facts.mentions().contains(registration.registrant())
          || facts.mentions().contains(registration.topLevel());
      if (!related) {
        continue;
      }
      for (Removal removal : facts.removals()) {
        if (removal.name().equals(registration.removal())
            && (added.contains(removal.owner()) || types.typeAndSupertypes(removal.owner()).contains(registration.sourceType()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The package and source file name, which tell classes of one file apart from those of others. */
  static String sourceFileOf(JavaClass javaClass) {
    return javaClass.getPackageName() + "/" + javaClass.getSourceFileName();
  }

  private static void addTypesOf(String signature, Set<String> mentions) {
    int at = signature.indexOf('L');
    while (at >= 0) {
      int end = signature.indexOf(';', at);
      if (end < 0) {
        return;
      }
      mentions.add(signature.substring(at + 1, end).replace('/', '.'));
      at = signature.indexOf('L', end);
    }
  }
}
