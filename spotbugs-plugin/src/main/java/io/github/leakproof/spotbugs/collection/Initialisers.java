package io.github.leakproof.spotbugs.collection;

import edu.umd.cs.findbugs.ba.XField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * One class's uses of judged fields, kept until the class's methods are all seen, then judged: does
 * the method that makes the use run only while the field's holder is set up? For a static field, a
 * static initialiser ({@code <clinit>}, of any class); for an enum's or singleton's field, a
 * constructor of its class; in both cases also a lambda written there ({@code lambda$static$0}, {@code
 * lambda$new$0}, {@code lambda$helper$0}), and a private method that only such methods call. The same
 * rule as the Error Prone front end.
 */
final class Initialisers {
  enum Kind {
    GROWTH,
    ASSIGNMENT,
    REMOVING_VIEW
  }

  /** A use of a field by a method of the class, with the judgement. */
  record Use(Kind kind, XField field, Method method, int pc, String what, boolean bounded, boolean initialising) {}

  private record Pending(Kind kind, XField field, String methodKey, int pc, String what, boolean bounded) {}

  private final String className;
  private final Map<String, Method> methods = new LinkedHashMap<>();
  private final Map<String, Set<String>> callers = new HashMap<>();
  private final Map<String, Set<XField>> views = new LinkedHashMap<>();
  private final Set<String> removing = new HashSet<>();
  private final List<Pending> uses = new ArrayList<>();
  private final Map<String, Boolean> staticOnly = new HashMap<>();
  private final Map<String, Boolean> constructionOnly = new HashMap<>();
  private String current;

  private static final Predicate<String> STATIC_INITIALISER =
      name -> name.equals(Const.STATIC_INITIALIZER_NAME) || name.equals("static");
  private static final Predicate<String> CONSTRUCTOR = name -> name.equals(Const.CONSTRUCTOR_NAME) || name.equals("new");

  Initialisers(JavaClass javaClass) {
    this.className = javaClass.getClassName();
  }

  void enter(Method method) {
    current = method.getName() + method.getSignature();
    methods.put(current, method);
  }

  void sawGrowth(XField field, String method, int pc) {
    uses.add(new Pending(Kind.GROWTH, field, current, pc, method, false));
  }

  void sawAssignment(XField field, boolean bounded) {
    uses.add(new Pending(Kind.ASSIGNMENT, field, current, 0, null, bounded));
  }

  void sawView(XField field) {
    views.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(field);
  }

  void sawRemovingCall() {
    removing.add(current);
  }

  /** A call from the current method to {@code nameAndSignature} of the same class. */
  void sawLocalCall(String nameAndSignature) {
    callers.computeIfAbsent(nameAndSignature, k -> new HashSet<>()).add(current);
  }

  /**
   * Hands every use over, judged. A view taken in a method that also calls a removing method on
   * something ({@code it.remove()}, {@code keySet().removeIf(…)}) counts as a removal through the view.
   */
  void judge(Consumer<Use> sink) {
    for (Pending use : uses) {
      sink.accept(new Use(use.kind(), use.field(), methods.get(use.methodKey()), use.pc(), use.what(), use.bounded(),
          isInitialising(use.methodKey(), use.field())));
    }
    views.forEach(
        (method, fields) -> {
          if (removing.contains(method)) {
            for (XField field : fields) {
              sink.accept(new Use(Kind.REMOVING_VIEW, field, methods.get(method), 0, null, false, false));
            }
          }
        });
  }

  private boolean isInitialising(String methodKey, XField field) {
    if (field.isStatic()) {
      return staticOnly.computeIfAbsent(methodKey, k -> runsOnlyIn(k, STATIC_INITIALISER, new HashSet<>()));
    }
    return field.getClassName().equals(className)
        && constructionOnly.computeIfAbsent(methodKey, k -> runsOnlyIn(k, CONSTRUCTOR, new HashSet<>()));
  }

  /**
   * True if {@code methodKey} is an initialiser ({@code base} accepts its name), a lambda written in one
   * (javac's {@code lambda$<writer>$<n>}, whose writer is {@code static} or {@code new} for
   * initialisers), or a private method that only such methods call.
   */
  private boolean runsOnlyIn(String methodKey, Predicate<String> base, Set<String> onPath) {
    Method method = methods.get(methodKey);
    if (method == null || !onPath.add(methodKey)) {
      return false; // unknown, or a cycle of private methods: not known to run only while initialising
    }
    try {
      return runsOnlyInUnguarded(method, methodKey, base, onPath);
    } finally {
      onPath.remove(methodKey);
    }
  }

  private boolean runsOnlyInUnguarded(Method method, String methodKey, Predicate<String> base, Set<String> seen) {
    String name = method.getName();
    if (base.test(name)) {
      return true;
    }
    if (name.startsWith("lambda$") && name.indexOf('$', 7) > 7) {
      String writer = name.substring(7, name.indexOf('$', 7));
      if (base.test(writer)) {
        return true;
      }
      List<String> writers = methods.keySet().stream().filter(k -> methods.get(k).getName().equals(writer)).toList();
      return !writers.isEmpty() && writers.stream().allMatch(k -> runsOnlyIn(k, base, seen));
    }
    if (!method.isPrivate()) {
      return false;
    }
    Set<String> calledBy = callers.getOrDefault(methodKey, Set.of());
    return !calledBy.isEmpty() && calledBy.stream().allMatch(k -> runsOnlyIn(k, base, seen));
  }
}
