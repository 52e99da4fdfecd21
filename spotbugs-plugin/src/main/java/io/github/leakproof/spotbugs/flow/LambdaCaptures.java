package io.github.leakproof.spotbugs.flow;

import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.INVOKEDYNAMIC;

/**
 * Tells an {@code invokedynamic} that makes a lambda or method reference (its arguments are captured:
 * the lambda keeps them) from the other uses of {@code invokedynamic} — string concatenation, switch
 * on patterns, records' {@code toString} — which only look at their arguments.
 */
final class LambdaCaptures {
  private static final String LAMBDA_FACTORY = "java.lang.invoke.LambdaMetafactory";

  private final JavaClass javaClass;

  LambdaCaptures(JavaClass javaClass) {
    this.javaClass = javaClass;
  }

  /** True if the call site's bootstrap method is the lambda factory (or cannot be read: assume it keeps them). */
  boolean captures(INVOKEDYNAMIC call) {
    try {
      ConstantPool pool = javaClass.getConstantPool();
      ConstantInvokeDynamic site = pool.getConstant(call.getIndex(), ConstantInvokeDynamic.class);
      BootstrapMethods table = bootstrapMethods();
      if (table == null) {
        return true;
      }
      BootstrapMethod bootstrap = table.getBootstrapMethods()[site.getBootstrapMethodAttrIndex()];
      ConstantMethodHandle handle = pool.getConstant(bootstrap.getBootstrapMethodRef(), ConstantMethodHandle.class);
      ConstantCP factory = (ConstantCP) pool.getConstant(handle.getReferenceIndex());
      return factory.getClass(pool).equals(LAMBDA_FACTORY);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * The name of the instance method a bound method reference calls on its one captured value ({@code
   * pool::execute} gives {@code execute}), or null for a lambda, a static or constructor reference, or
   * a call site that cannot be read.
   */
  String boundMethodName(INVOKEDYNAMIC call) {
    try {
      if (!captures(call)) {
        return null;
      }
      ConstantPool pool = javaClass.getConstantPool();
      ConstantInvokeDynamic site = pool.getConstant(call.getIndex(), ConstantInvokeDynamic.class);
      BootstrapMethod bootstrap = bootstrapMethods().getBootstrapMethods()[site.getBootstrapMethodAttrIndex()];
      int[] arguments = bootstrap.getBootstrapArguments();
      if (arguments.length < 2
          || !(pool.getConstant(arguments[1]) instanceof ConstantMethodHandle implementation)) {
        return null;
      }
      int kind = implementation.getReferenceKind();
      if (kind != Const.REF_invokeVirtual && kind != Const.REF_invokeInterface) {
        return null;
      }
      ConstantCP method = (ConstantCP) pool.getConstant(implementation.getReferenceIndex());
      ConstantNameAndType nameAndType = pool.getConstant(method.getNameAndTypeIndex(), ConstantNameAndType.class);
      String name = nameAndType.getName(pool);
      return name.startsWith("lambda$") ? null : name;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private BootstrapMethods bootstrapMethods() {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof BootstrapMethods table) {
        return table;
      }
    }
    return null;
  }
}
