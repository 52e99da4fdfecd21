package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.ApplicationLifetime;
import org.apache.bcel.Const;

/** Reads from a class file's members whether it is a singleton ({@link ApplicationLifetime#isSingleton}). */
public final class Singletons {
  private Singletons() {}

  /** @param className the class's dotted name; false when it is not on the class path */
  public static boolean isSingleton(String className) {
    XClass type = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(className));
    if (type == null) {
      return false;
    }
    boolean everyConstructorPrivate = true;
    for (XMethod method : type.getXMethods()) {
      if (method.getName().equals(Const.CONSTRUCTOR_NAME) && !method.isSynthetic()) {
        everyConstructorPrivate &= method.isPrivate() || isEnum(type);
      }
    }
    String ownSignature = "L" + className.replace('.', '/') + ";";
    boolean keepsAnInstance = false;
    for (XField field : type.getXFields()) {
      keepsAnInstance |= field.isStatic() && field.getSignature().equals(ownSignature);
    }
    return ApplicationLifetime.isSingleton(everyConstructorPrivate, keepsAnInstance);
  }

  private static boolean isEnum(XClass type) {
    return (type.getAccessFlags() & Const.ACC_ENUM) != 0;
  }
}
