package io.github.leakproof.spotbugs.collection;

import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.XField;
import io.github.leakproof.model.CollectionCatalogue;
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

/**
 * The analysed program's uses of judged fields, kept until every class is seen, then judged: does the
 * method that makes the use run only while the field's holder is set up? For a static field, a static
 * initialiser ({@code <clinit>}, of any class) or a run-once initialiser behind a flag ({@link
 * CollectionCatalogue#runsOnceBehindFlag}), or an enum's constructor; for an enum's or singleton's
 * field, a constructor of its class; in both cases also a lambda written there ({@code lambda$static$0}, {@code lambda$new$0},
 * {@code lambda$helper$0}), and a method that only such methods call. Error Prone, seeing one file,
 * follows private methods only; seeing the whole program, this front end follows any method the
 * analysed code calls (a public {@code register} called only from static initialisers).
 */
final class Initialisers {
  enum Kind {
    GROWTH,
    ASSIGNMENT,
    REMOVING_VIEW
  }

  /**
   * A use of a field, with the judgement. {@code memoPut}: a growth that counts as a memo cache's — a
   * keyed setting ({@link CollectionCatalogue#isKeyedSetting}) or a put guarded by an absent lookup of its
   * key ({@link CollectionCatalogue#isGuardablePut}).
   */
  record Use(
      Kind kind, XField field, SourceLineAnnotation where, String what, boolean bounded, boolean initialising,
      boolean memoPut) {}

  private record Pending(
      Kind kind, XField field, String method, SourceLineAnnotation where, String what, boolean bounded,
      boolean memoPut) {}

  /** A method of an analysed class: its class and name. */
  private record MethodInfo(String className, String name, boolean ofEnum) {}

  private static final Predicate<String> STATIC_INITIALISER =
      name -> name.equals(Const.STATIC_INITIALIZER_NAME) || name.equals("static");
  private static final Predicate<String> CONSTRUCTOR = name -> name.equals(Const.CONSTRUCTOR_NAME) || name.equals("new");

  /** Methods by key ({@code class.name(signature)}), and by class and name for lambdas' writers. */
  private final Map<String, MethodInfo> methods = new HashMap<>();
  private final Map<String, List<String>> byClassAndName = new HashMap<>();
  private final Map<String, Set<String>> callers = new HashMap<>();
  private final Map<String, Set<XField>> views = new LinkedHashMap<>();
  private final Set<String> removing = new HashSet<>();
  /** Methods that register a JVM shutdown hook: what they add to a collection lives with the hook. */
  private final Set<String> registersExitHook = new HashSet<>();
  private final List<Pending> uses = new ArrayList<>();
  /** Static boolean fields each method sets to {@code true}, and those it reads ({@code class.field}). */
  private final Map<String, Set<String>> flagsSetTrue = new HashMap<>();
  private final Map<String, Set<String>> flagsRead = new HashMap<>();
  private String current;

  static String key(String className, String name, String signature) {
    return className + "." + name + signature;
  }

  void enter(String className, String name, String signature, boolean ofEnum) {
    current = key(className, name, signature);
    methods.put(current, new MethodInfo(className, name, ofEnum));
    byClassAndName.computeIfAbsent(className + "." + name, k -> new ArrayList<>()).add(current);
  }

  void sawGrowth(XField field, String method, SourceLineAnnotation where, boolean memoPut) {
    uses.add(new Pending(Kind.GROWTH, field, current, where, method, false, memoPut));
  }

  void sawAssignment(XField field, boolean bounded) {
    uses.add(new Pending(Kind.ASSIGNMENT, field, current, null, null, bounded, false));
  }

  void sawView(XField field) {
    views.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(field);
  }

  /** The current method sets the static boolean {@code flag} to {@code true}. */
  void sawFlagSetTrue(String flag) {
    flagsSetTrue.computeIfAbsent(current, k -> new HashSet<>()).add(flag);
  }

  /** The current method reads the static boolean {@code flag}. */
  void sawFlagRead(String flag) {
    flagsRead.computeIfAbsent(current, k -> new HashSet<>()).add(flag);
  }

  void sawRemovingCall() {
    removing.add(current);
  }

  /** A call from the current method to {@code owner.name(signature)}. */
  void sawCall(String owner, String name, String signature) {
    callers.computeIfAbsent(key(owner, name, signature), k -> new HashSet<>()).add(current);
    if (CollectionCatalogue.isExitRegistration(owner, name)) {
      registersExitHook.add(current);
    }
  }

  /**
   * Hands every use over, judged. A view taken in a method that also calls a removing method on
   * something ({@code it.remove()}, {@code keySet().removeIf(…)}) counts as a removal through the view.
   */
  void judge(Consumer<Use> sink) {
    Map<String, Boolean> staticOnly = new HashMap<>();
    Map<String, Boolean> constructionOnly = new HashMap<>();
    for (Pending use : uses) {
      boolean initialising =
          use.field().isStatic()
              ? staticOnly.computeIfAbsent(use.method(), k -> runsOnlyIn(k, STATIC_INITIALISER, null, new HashSet<>()))
              : constructionOnly.computeIfAbsent(use.method() + " " + use.field().getClassName(),
                  k -> runsOnlyIn(use.method(), CONSTRUCTOR, use.field().getClassName(), new HashSet<>()));
      if (use.kind() == Kind.GROWTH && registersExitHook.contains(use.method())) {
        initialising = true; // held for the shutdown hook registered next to it: by design until exit
      }
      sink.accept(new Use(
          use.kind(), use.field(), use.where(), use.what(), use.bounded(), initialising, use.memoPut()));
    }
    views.forEach(
        (method, fields) -> {
          if (removing.contains(method)) {
            for (XField field : fields) {
              sink.accept(new Use(Kind.REMOVING_VIEW, field, null, null, false, false, false));
            }
          }
        });
  }

  private boolean runsOnceBehindFlag(String methodKey) {
    List<Set<String>> readByCallers = new ArrayList<>();
    for (String caller : callers.getOrDefault(methodKey, Set.of())) {
      readByCallers.add(flagsRead.getOrDefault(caller, Set.of()));
    }
    return CollectionCatalogue.runsOnceBehindFlag(flagsSetTrue.getOrDefault(methodKey, Set.of()), readByCallers);
  }

  /**
   * True if {@code methodKey} is an initialiser ({@code base} accepts its name; of {@code ownClass} if
   * not null), a lambda written in one (javac's {@code lambda$<writer>$<n>}, whose writer is {@code
   * static} or {@code new} for initialisers), or a method that only such methods call.
   */
  private boolean runsOnlyIn(String methodKey, Predicate<String> base, String ownClass, Set<String> onPath) {
    MethodInfo method = methods.get(methodKey);
    if (method == null || !onPath.add(methodKey)) {
      return false; // unknown, or a cycle: not known to run only while initialising
    }
    try {
      if (base.test(method.name())) {
        return ownClass == null || ownClass.equals(method.className());
      }
      if (ownClass == null
          && CONSTRUCTOR.test(method.name())
          && CollectionCatalogue.constructorRunsOnlyInClassInitialisation(method.ofEnum())) {
        return true; // an enum's constructor: run by its constants, from its static initialiser
      }
      if (ownClass == null && runsOnceBehindFlag(methodKey)) {
        return true; // if (!initialized) init(): filled once, like a static initialiser
      }
      String name = method.name();
      if (name.startsWith("lambda$") && name.indexOf('$', 7) > 7) {
        String writer = name.substring(7, name.indexOf('$', 7));
        if (base.test(writer)) {
          return ownClass == null || ownClass.equals(method.className());
        }
        List<String> writers = byClassAndName.getOrDefault(method.className() + "." + writer, List.of());
        return !writers.isEmpty() && writers.stream().allMatch(k -> runsOnlyIn(k, base, ownClass, onPath));
      }
      Set<String> calledBy = callers.getOrDefault(methodKey, Set.of());
      return !calledBy.isEmpty() && calledBy.stream().allMatch(k -> runsOnlyIn(k, base, ownClass, onPath));
    } finally {
      onPath.remove(methodKey);
    }
  }
}
