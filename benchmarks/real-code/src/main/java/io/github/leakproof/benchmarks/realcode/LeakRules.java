package io.github.leakproof.benchmarks.realcode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other leak finders' rules that the side-by-side counts, and the Leakproof check each one is compared with
 * (the rows of the "Side by side" table; why each rule is comparable: docs/real-code.md, "Side by side"). A rule
 * not listed here is not counted.
 */
final class LeakRules {

  static final String SPOTBUGS = "SpotBugs";
  static final String SB_CONTRIB = "sb-contrib";
  static final String PMD = "PMD";
  static final String RLC = "RLC";
  static final String ERROR_PRONE = "Error Prone";

  /** The tools, in the order of the tables. */
  static final List<String> TOOLS = List.of(SPOTBUGS, SB_CONTRIB, PMD, RLC, ERROR_PRONE);

  /** The Resource Leak Checker's rule names: its message key, split by the kind of object that leaks. */
  static final String RLC_RESOURCE = "required.method.not.called (resource)";
  static final String RLC_EXECUTOR = "required.method.not.called (executor)";
  static final String RLC_TIMER = "required.method.not.called (timer)";

  /** The must-call method in an RLC message with {@code -Adetailedmsgtext}. */
  private static final Pattern MUST_CALL = Pattern.compile("\\$\\$ method (\\w+) \\$\\$");

  private static final String RESOURCE = "ResourceNotClosed";
  private static final String EXECUTOR = "ExecutorNotShutDown";
  private static final String TIMER = "TimerNotStopped";
  private static final String STATIC_COLLECTION = "StaticCollectionOnlyGrows";
  private static final String INNER_CLASS = "InnerClassLeaksOuter";
  private static final String THREAD_LOCAL = "ThreadLocalNotRemoved";

  /** tool → rule → Leakproof check. */
  private static final Map<String, Map<String, String>> RULES = new LinkedHashMap<>();

  static {
    Map<String, String> spotBugs = new LinkedHashMap<>();
    for (String rule : List.of("OBL_UNSATISFIED_OBLIGATION", "OBL_UNSATISFIED_OBLIGATION_EXCEPTION_EDGE",
        "OS_OPEN_STREAM", "OS_OPEN_STREAM_EXCEPTION_PATH", "ODR_OPEN_DATABASE_RESOURCE",
        "ODR_OPEN_DATABASE_RESOURCE_EXCEPTION_PATH")) {
      spotBugs.put(rule, RESOURCE);
    }
    for (String rule : List.of("SIC_INNER_SHOULD_BE_STATIC", "SIC_INNER_SHOULD_BE_STATIC_ANON",
        "SIC_INNER_SHOULD_BE_STATIC_NEEDS_THIS", "SIC_THREADLOCAL_DEADLY_EMBRACE")) {
      spotBugs.put(rule, INNER_CLASS);
    }
    RULES.put(SPOTBUGS, spotBugs);

    Map<String, String> contrib = new LinkedHashMap<>();
    for (String rule : List.of("HCP_HTTP_REQUEST_RESOURCES_NOT_FREED_FIELD", "HCP_HTTP_REQUEST_RESOURCES_NOT_FREED_LOCAL",
        "IOI_UNENDED_ZLIB_OBJECT", "LGO_LINGERING_GRAPHICS_OBJECT")) {
      contrib.put(rule, RESOURCE);
    }
    for (String rule : List.of("HES_EXECUTOR_NEVER_SHUTDOWN", "HES_LOCAL_EXECUTOR_SERVICE",
        "HES_EXECUTOR_OVERWRITTEN_WITHOUT_SHUTDOWN")) {
      contrib.put(rule, EXECUTOR);
    }
    contrib.put("PMB_POSSIBLE_MEMORY_BLOAT", STATIC_COLLECTION);
    contrib.put("PMB_INSTANCE_BASED_THREAD_LOCAL", THREAD_LOCAL);
    RULES.put(SB_CONTRIB, contrib);

    RULES.put(PMD, Map.of("CloseResource", RESOURCE));

    Map<String, String> rlc = new LinkedHashMap<>();
    rlc.put(RLC_RESOURCE, RESOURCE);
    rlc.put(RLC_EXECUTOR, EXECUTOR);
    rlc.put(RLC_TIMER, TIMER);
    RULES.put(RLC, rlc);

    Map<String, String> errorProne = new LinkedHashMap<>();
    errorProne.put("StreamResourceLeak", RESOURCE);
    errorProne.put("MustBeClosedChecker", RESOURCE);
    errorProne.put("ClassCanBeStatic", INNER_CLASS);
    errorProne.put("ThreadLocalUsage", THREAD_LOCAL);
    RULES.put(ERROR_PRONE, errorProne);
  }

  private LeakRules() {}

  /** The Leakproof check that {@code tool}'s {@code rule} is compared with, or null if the rule is not counted. */
  static String check(String tool, String rule) {
    return RULES.getOrDefault(tool, Map.of()).get(rule);
  }

  /** {@code tool}'s counted rules that are compared with {@code check}, in a stable order. */
  static List<String> rules(String tool, String check) {
    return RULES.getOrDefault(tool, Map.of()).entrySet().stream()
        .filter(e -> e.getValue().equals(check))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The RLC rule of a {@code required.method.not.called} message ({@code -Adetailedmsgtext}: {@code $$ 4 $$ method
   * shutdown $$ e $$ java.util.concurrent.ExecutorService $$ …}), by the must-call method it names: Leakproof's
   * stubs make every {@code ExecutorService} owe {@code shutdown} and every {@code java.util.Timer} owe
   * {@code cancel}; anything else (JDK {@code Closeable}s, {@code Socket}s…) is a resource.
   */
  static String rlcRule(String message) {
    Matcher method = MUST_CALL.matcher(message);
    String name = method.find() ? method.group(1) : "";
    return switch (name) {
      case "shutdown" -> RLC_EXECUTOR;
      case "cancel" -> RLC_TIMER;
      default -> RLC_RESOURCE;
    };
  }
}
