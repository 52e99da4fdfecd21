package io.github.leakproof.spotbugs.resource;

import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.spotbugs.common.Ownership;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * The cheap question asked of every class before any analysis: does its constant pool name a method
 * of a closeable type, or a method returning one (a factory), or a constructor of a {@code @MustCall}
 * type? Every resource the check tracks needs one of those.
 */
final class ResourceMentions {
  private final TypeNames types;
  private final Map<String, Boolean> answers = new HashMap<>();

  ResourceMentions(TypeNames types) {
    this.types = types;
  }

  boolean mentionsResources(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantMethodref || constant instanceof ConstantInterfaceMethodref) {
        ConstantCP method = (ConstantCP) constant;
        ConstantNameAndType nameAndType = pool.getConstant(method.getNameAndTypeIndex(), ConstantNameAndType.class);
        if (mayBeResource(method.getClass(pool))
            || Type.getReturnType(nameAndType.getSignature(pool)) instanceof ObjectType result
                && mayBeResource(result.getClassName())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean mayBeResource(String className) {
    return answers.computeIfAbsent(
        className.replace('/', '.'),
        name -> {
          List<String> type = types.typeAndSupertypes(name);
          return ResourceCatalogue.isCloseable(type) || Ownership.mustCall(type);
        });
  }
}
