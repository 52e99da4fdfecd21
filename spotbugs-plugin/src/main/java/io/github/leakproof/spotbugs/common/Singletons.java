package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.CaptureSinkCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.generic.Type;

/**
 * Reads from a class file's members whether its instances live as long as the application: an enum, or a
 * singleton ({@link CaptureSinkCatalogue#livesForApplication}). Its constructor then runs once per
 * application, and its instance fields live as long as static ones.
 */
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
      if (method.getName().equals(Const.CONSTRUCTOR_NAME)) {
        everyConstructorPrivate &= method.isPrivate();
      }
    }
    List<String> staticFieldTypes = new ArrayList<>();
    for (XField field : type.getXFields()) {
      if (field.isStatic()) {
        staticFieldTypes.add(TypeNames.nameOf(Type.getType(field.getSignature())));
      }
    }
    boolean isEnum = (type.getAccessFlags() & Const.ACC_ENUM) != 0;
    return CaptureSinkCatalogue.livesForApplication(className, isEnum, everyConstructorPrivate, staticFieldTypes);
  }
}
