package io.github.leakproof.spotbugs.listener;

import io.github.leakproof.model.ListenerCatalogue;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Every removal call of the analysed program, read from each class's constant pool (cheap, for every
 * class): which class calls which removal on which type, which classes it mentions, and which source
 * file it comes from. A registration counts as undone when its registrant's file, or a class that
 * knows the registrant (holds it, makes it, calls it), calls the paired removal on a related type —
 * the owner that calls {@code src.removeXListener(child)} for the child it registered; not when that
 * class only ever removes itself ({@code src.removeXListener(this)}), which undoes its own registration.
 */
final class ProgramRemovals {
  /** @param ofItself true if every such call removes the calling object itself ({@code x.removeL(this)}) */
  private record Removal(String owner, String name, boolean ofItself) {}

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
    Set<String> removalNames = new HashSet<>();
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
          removalNames.add(name);
        }
      }
    }
    if (!removalNames.isEmpty()) {
      List<Removal> removals = removalCalls(javaClass, removalNames);
      classes.add(new ClassFacts(javaClass.getClassName(), sourceFileOf(javaClass), removals, mentions));
    }
  }

  /** True if a class of the registrant's file, or one that mentions it, calls {@code removal} on a related type. */
  boolean isRemoved(Registration registration) {
    List<String> added = types.typeAndSupertypes(registration.sourceType());
    String registrantFile = registration.sourceFile();
    for (ClassFacts facts : classes) {
      boolean sameFile = facts.sourceFile().equals(registrantFile);
      boolean knowsRegistrant = facts.mentions().contains(registration.registrant())
          || facts.mentions().contains(registration.topLevel());
      if (!sameFile && !knowsRegistrant) {
        continue;
      }
      for (Removal removal : facts.removals()) {
        if (removal.name().equals(registration.removal())
            && (sameFile || !removal.ofItself()) // an owner removing itself from its own source does not undo the registrant's
            && (added.contains(removal.owner())
                || types.typeAndSupertypes(removal.owner()).contains(registration.sourceType())
                || isMissing(removal.owner()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A removal's owner that is not on the class path: its supertypes cannot be read, so the name is trusted, as
   * for a registration on such a type ({@code uninstall(JXSearchField f) { f.removeActionListener(this); }}
   * undoing {@code install(JTextField f)} when the subclass is missing).
   */
  private static boolean isMissing(String className) {
    return Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(className)) == null;
  }

  /** The removal calls of a class, each with whether it removes the caller itself ({@code this}). */
  private static List<Removal> removalCalls(JavaClass javaClass, Set<String> names) {
    ConstantPoolGen pool = new ConstantPoolGen(javaClass.getConstantPool());
    Map<Removal, Boolean> ofItself = new LinkedHashMap<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
        if (handle.getInstruction() instanceof InvokeInstruction call
            && !(call instanceof INVOKEDYNAMIC)
            && names.contains(call.getMethodName(pool))) {
          boolean removesThis = !method.isStatic()
              && handle.getPrev() != null
              && handle.getPrev().getInstruction() instanceof ALOAD load
              && load.getIndex() == 0;
          Removal removal = new Removal(call.getReferenceType(pool).toString(), call.getMethodName(pool), true);
          ofItself.merge(removal, removesThis, Boolean::logicalAnd);
        }
      }
    }
    List<Removal> removals = new ArrayList<>();
    ofItself.forEach((r, itself) -> removals.add(new Removal(r.owner(), r.name(), itself)));
    return removals;
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
