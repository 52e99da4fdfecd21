package io.github.leakproof.spotbugs.innerclass;

import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;

/**
 * Reads an {@code invokedynamic} call site: is it the lambda factory (a lambda or method reference whose
 * arguments it captures), and what is the method the lambda runs ({@code lambda$name$0} for a lambda
 * body, the referenced method for a method reference)?
 */
final class LambdaFactories {
  private static final String LAMBDA_FACTORY = "java.lang.invoke.LambdaMetafactory";

  private LambdaFactories() {}

  /** The implementation method's name if the call site at constant {@code index} makes a lambda; else null. */
  static String implementationOf(JavaClass javaClass, int index) {
    ConstantPool pool = javaClass.getConstantPool();
    BootstrapMethods table = null;
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof BootstrapMethods methods) {
        table = methods;
      }
    }
    if (table == null) {
      return null;
    }
    ConstantInvokeDynamic site = pool.getConstant(index, ConstantInvokeDynamic.class);
    BootstrapMethod bootstrap = table.getBootstrapMethods()[site.getBootstrapMethodAttrIndex()];
    ConstantMethodHandle factory = pool.getConstant(bootstrap.getBootstrapMethodRef(), ConstantMethodHandle.class);
    ConstantCP factoryMethod = (ConstantCP) pool.getConstant(factory.getReferenceIndex());
    if (!factoryMethod.getClass(pool).equals(LAMBDA_FACTORY) || bootstrap.getBootstrapArguments().length < 2) {
      return null;
    }
    if (!(pool.getConstant(bootstrap.getBootstrapArguments()[1]) instanceof ConstantMethodHandle implementation)) {
      return null;
    }
    ConstantCP target = (ConstantCP) pool.getConstant(implementation.getReferenceIndex());
    return pool.getConstant(target.getNameAndTypeIndex(), ConstantNameAndType.class).getName(pool);
  }
}
