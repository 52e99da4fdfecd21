package io.github.leakproof.spotbugs.timer;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XFactory;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.analysis.AnnotationValue;
import io.github.leakproof.model.TimerCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.classfile.Method;

/** A class's own lifecycle end ({@code close()}, {@code stop()}, {@code @PreDestroy}…), by the model's names. */
final class LifecycleEnds {
  private LifecycleEnds() {}

  /** The name of the first instance method of the class that ends its life, or null. */
  static String of(ClassContext classContext) {
    for (Method method : classContext.getJavaClass().getMethods()) {
      if (method.isStatic() || method.isSynthetic()) {
        continue;
      }
      XMethod xmethod = XFactory.createXMethod(classContext.getJavaClass(), method);
      List<String> annotations = new ArrayList<>();
      for (AnnotationValue annotation : xmethod.getAnnotations()) {
        annotations.add(annotation.getAnnotationClass().getDottedClassName());
      }
      if (TimerCatalogue.isLifecycleEnd(method.getName(), annotations)) {
        return method.getName();
      }
    }
    return null;
  }
}
