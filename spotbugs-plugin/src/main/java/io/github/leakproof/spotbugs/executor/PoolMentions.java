package io.github.leakproof.spotbugs.executor;

import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantFieldref;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * The cheap question asked of every class before any analysis: does its constant pool name a field
 * of an executor-service type (or, for timers, a timer type), or a method of one or returning one?
 * Making, releasing or passing on a pool or timer needs one of those.
 */
final class PoolMentions {
  private final PoolFamily family;
  private final TypeNames types;
  private final Map<String, Boolean> answers = new HashMap<>();

  PoolMentions(PoolFamily family, TypeNames types) {
    this.family = family;
    this.types = types;
  }

  boolean mentionsPools(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (!(constant instanceof ConstantFieldref
          || constant instanceof ConstantMethodref
          || constant instanceof ConstantInterfaceMethodref)) {
        continue;
      }
      ConstantCP member = (ConstantCP) constant;
      String signature = pool.getConstant(member.getNameAndTypeIndex(), ConstantNameAndType.class).getSignature(pool);
      Type type = constant instanceof ConstantFieldref ? Type.getType(signature) : Type.getReturnType(signature);
      if (isWorthALook(member.getClass(pool))
          || type instanceof ObjectType object && isWorthALook(object.getClassName())) {
        return true;
      }
    }
    return false;
  }

  private boolean isWorthALook(String className) {
    return answers.computeIfAbsent(
        className.replace('/', '.'), name -> family.isMentionWorthALook(types.typeAndSupertypes(name)));
  }
}
