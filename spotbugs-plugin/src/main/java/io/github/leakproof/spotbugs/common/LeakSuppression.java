package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.analysis.AnnotatedObject;
import edu.umd.cs.findbugs.classfile.analysis.AnnotationValue;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.Suppression;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressLeak} for the SpotBugs front end, read from the class file (it has CLASS
 * retention): a finding is suppressed when its field or method, or a class around it, names the check.
 *
 * <p>SpotBugs applies {@code @SuppressFBWarnings} itself; it knows nothing of {@code @SuppressLeak}.
 */
public final class LeakSuppression {
  private static final ClassDescriptor SUPPRESS_LEAK =
      DescriptorFactory.createClassDescriptorFromDottedClassName(Suppression.SUPPRESS_LEAK);

  private static final String LAMBDA_PREFIX = "lambda$";

  private LeakSuppression() {}

  /** True if {@code member} (a field or method, or null) or its class or an enclosing class suppresses. */
  public static boolean isSuppressed(Check check, AnnotatedObject member, ClassDescriptor declaringClass) {
    if (member != null && suppresses(member, check)) {
      return true;
    }
    for (ClassDescriptor cls = declaringClass; cls != null; ) {
      XClass xclass = Classes.lookUp(cls);
      if (xclass == null) {
        return false;
      }
      if (suppresses(xclass, check)) {
        return true;
      }
      cls = xclass.getImmediateEnclosingClass();
    }
    return false;
  }

  /**
   * For a finding in a method: as {@link #isSuppressed}, and for a lambda's body (javac's {@code
   * lambda$name$n}) also when the method that wrote the lambda suppresses.
   */
  public static boolean isSuppressedInMethod(Check check, XMethod method) {
    if (isSuppressed(check, method, method.getClassDescriptor())) {
      return true;
    }
    String name = method.getName();
    if (!name.startsWith(LAMBDA_PREFIX) || name.indexOf('$', LAMBDA_PREFIX.length()) < 0) {
      return false;
    }
    String writer = name.substring(LAMBDA_PREFIX.length(), name.indexOf('$', LAMBDA_PREFIX.length()));
    XClass xclass = Classes.lookUp(method.getClassDescriptor());
    if (xclass != null) {
      for (XMethod candidate : xclass.getXMethods()) {
        if (candidate.getName().equals(writer) && suppresses(candidate, check)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean suppresses(AnnotatedObject element, Check check) {
    AnnotationValue annotation = element.getAnnotation(SUPPRESS_LEAK);
    if (annotation == null) {
      return false;
    }
    List<String> names = new ArrayList<>();
    Object value = annotation.getValue("value");
    if (value instanceof Object[] array) {
      for (Object item : array) {
        if (item instanceof String name) {
          names.add(name);
        }
      }
    } else if (value instanceof String name) {
      names.add(name);
    }
    return Suppression.suppresses(names, check);
  }
}
