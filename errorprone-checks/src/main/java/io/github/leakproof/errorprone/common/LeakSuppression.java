package io.github.leakproof.errorprone.common;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.Suppression;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SuppressLeak} for the Error Prone front end: a finding is suppressed when the declaration
 * it sits in, or any declaration around it, carries {@code @SuppressLeak} naming the check.
 *
 * <p>Error Prone handles {@code @SuppressWarnings} itself; {@code @SuppressLeak} needs reading of
 * its value, which Error Prone's {@code suppressionAnnotations} does not do.
 */
public final class LeakSuppression {
  private LeakSuppression() {}

  public static boolean isSuppressed(Check check, VisitorState state) {
    for (Tree tree : state.getPath()) {
      if (tree instanceof ClassTree || tree instanceof MethodTree || tree instanceof VariableTree) {
        Element element = ASTHelpers.getSymbol(tree);
        if (element != null && suppresses(element, check)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean suppresses(Element element, Check check) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(Suppression.SUPPRESS_LEAK)
          && Suppression.suppresses(names(annotation), check)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(AnnotationMirror annotation) {
    List<String> names = new ArrayList<>();
    annotation.getElementValues().forEach(
        (ExecutableElement key, AnnotationValue value) -> {
          if (key.getSimpleName().contentEquals("value")) {
            collect(value.getValue(), names);
          }
        });
    return names;
  }

  private static void collect(Object value, List<String> names) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        collect(item instanceof AnnotationValue av ? av.getValue() : item, names);
      }
    } else if (value instanceof String name) {
      names.add(name);
    }
  }
}
