package io.github.leakproof.spotbugs.innerclass;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.CaptureSinkCatalogue;
import io.github.leakproof.model.InnerClassMessages.Capturer;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.Const;

/**
 * Which classes hold their enclosing instance, read from the class file: javac gives an inner or
 * anonymous class a {@code this$0} field only when its body uses the outer instance (JDK 18+), or when
 * it is serializable; older compilers always did. Answers are remembered per class.
 */
final class CapturingClasses {
  private final TypeNames types;
  private final Map<String, Optional<Captured>> answers = new HashMap<>();

  CapturingClasses(TypeNames types) {
    this.types = types;
  }

  /** How an instance of {@code className} made at {@code pc} is described, if it holds its enclosing instance. */
  Captured of(String className, int pc) {
    Optional<Captured> template = answers.computeIfAbsent(className.replace('/', '.'), this::judge);
    return template.map(t -> t.at(pc)).orElse(null);
  }

  private Optional<Captured> judge(String dotted) {
    if (dotted.indexOf('$') < 0) {
      return Optional.empty();
    }
    XClass type = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(dotted));
    if (type == null || !hasOuterField(type)) {
      return Optional.empty();
    }
    String simple = dotted.substring(dotted.lastIndexOf('$') + 1);
    if (!simple.isEmpty() && simple.chars().allMatch(Character::isDigit)) {
      String base = type.getSuperclassDescriptor() == null ? null : type.getSuperclassDescriptor().getDottedClassName();
      if (base != null && CaptureSinkCatalogue.isCollection(types.typeAndSupertypes(base)) && onlyInitialises(type)) {
        return Optional.of(new Captured(Capturer.DOUBLE_BRACE, Capturer.DOUBLE_BRACE.describe(TypeNames.simpleName(base)), -1, dotted, "run"));
      }
      return Optional.of(new Captured(Capturer.ANONYMOUS_CLASS, Capturer.ANONYMOUS_CLASS.describe(""), -1, dotted, "run"));
    }
    String name = simple.replaceFirst("^[0-9]+", ""); // a local class: Outer$1Local
    return Optional.of(new Captured(Capturer.INNER_CLASS, Capturer.INNER_CLASS.describe(name), -1, dotted, "run"));
  }

  /** javac's {@code this$0} (or {@code this$1}… for deeper nesting): an instance field holding the outer object. */
  private static boolean hasOuterField(XClass type) {
    for (XField field : type.getXFields()) {
      if (!field.isStatic() && field.getName().startsWith("this$")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Double-brace initialisation: the anonymous subclass declares nothing but its constructor (the
   * initializer block's {@code put}/{@code add} calls) — unlike an anonymous view with fields and methods
   * of its own ({@code new AbstractMap<>() { … entrySet() … }}).
   */
  private static boolean onlyInitialises(XClass type) {
    for (XMethod method : type.getXMethods()) {
      if (!method.getName().equals(Const.CONSTRUCTOR_NAME)) {
        return false;
      }
    }
    for (XField field : type.getXFields()) {
      if (!field.getName().startsWith("this$") && !field.getName().equals("serialVersionUID")) {
        return false;
      }
    }
    return true;
  }
}
