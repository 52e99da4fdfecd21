package io.github.leakproof.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Leakproof's options, parsed once for both front ends from the same keys.
 *
 * <p>Error Prone passes them as {@code -XepOpt:Leakproof:<Name>=<value>}; SpotBugs reads the same
 * keys from system properties ({@code -DLeakproof:<Name>=<value>}) or from a properties file named by
 * {@code Leakproof:OptionsFile}. A key that starts with {@code Leakproof:} but is not known, or a
 * value that cannot be used, is an {@link InvalidOptionException} naming the key.
 */
public final class LeakproofOptions {
  public static final String PREFIX = "Leakproof:";

  /** Comma-separated {@link StrictMode} words, or {@code all} / {@code none}. */
  public static final String STRICT = PREFIX + "Strict";

  /** Comma-separated fully qualified names of further types to treat like {@code ThreadLocal}. */
  public static final String THREAD_LOCAL_TYPES = PREFIX + "ThreadLocalTypes";

  /**
   * Comma-separated fully qualified names of further resource types: their constructors open
   * something that must be closed (subtypes count too).
   */
  public static final String RESOURCE_TYPES = PREFIX + "ResourceTypes";

  /**
   * Comma-separated {@code owner#method} names of further methods whose results must be closed, e.g.
   * {@code com.example.Storage#openBlob}. The owner's subtypes count too.
   */
  public static final String RESOURCE_FACTORIES = PREFIX + "ResourceFactories";

  /**
   * Comma-separated {@code owner#method} names of further methods that close what they are given, e.g.
   * {@code com.example.Io#finish}.
   */
  public static final String CLOSE_METHODS = PREFIX + "CloseMethods";

  /**
   * Comma-separated {@code register#unregister} pairs of method names that add and remove a listener,
   * beyond the built-in ones, e.g. {@code on#off,watch#unwatch}.
   */
  public static final String LISTENER_PAIRS = PREFIX + "ListenerPairs";

  /** A properties file with more {@code Leakproof:} keys; keys given directly win over it. */
  public static final String OPTIONS_FILE = PREFIX + "OptionsFile";

  /**
   * The severity of every Leakproof finding in Error Prone ({@code ERROR}, {@code WARNING} or {@code
   * SUGGESTION}): the switch for all checks at once. A per-check {@code -Xep:<Check>:<LEVEL>} still wins.
   * SpotBugs ignores it (its filters select by category and bug type).
   */
  public static final String SEVERITY = PREFIX + "Severity";

  /**
   * Error Prone only: the reason written next to the {@code @SuppressWarnings} that each finding's
   * suggested fix becomes, for baselining an existing code base with {@code -XepPatchChecks}.
   */
  public static final String BASELINE = PREFIX + "Baseline";

  private static final Map<String, String> KNOWN_KEYS = knownKeys();
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*(\\$\\p{javaJavaIdentifierPart}+)*");

  private static final Pattern METHOD_PAIR =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*#\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private static final Pattern METHOD_NAME =
      Pattern.compile(QUALIFIED_NAME.pattern() + "#\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "SUGGESTION");

  private static final LeakproofOptions DEFAULTS =
      new LeakproofOptions(
          EnumSet.noneOf(StrictMode.class), Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), null, null);

  private final Set<StrictMode> strictModes;
  private final Set<String> threadLocalTypes;
  private final Set<String> resourceTypes;
  private final Set<String> resourceFactories;
  private final Set<String> closeMethods;
  private final Map<String, String> listenerPairs;
  private final String severity;
  private final String baselineReason;

  private LeakproofOptions(
      Set<StrictMode> strictModes,
      Set<String> threadLocalTypes,
      Set<String> resourceTypes,
      Set<String> resourceFactories,
      Set<String> closeMethods,
      Map<String, String> listenerPairs,
      String severity,
      String baselineReason) {
    this.severity = severity;
    this.baselineReason = baselineReason;
    this.listenerPairs = Collections.unmodifiableMap(listenerPairs);
    this.strictModes = Collections.unmodifiableSet(strictModes);
    this.threadLocalTypes = Collections.unmodifiableSet(threadLocalTypes);
    this.resourceTypes = Collections.unmodifiableSet(resourceTypes);
    this.resourceFactories = Collections.unmodifiableSet(resourceFactories);
    this.closeMethods = Collections.unmodifiableSet(closeMethods);
  }

  public static LeakproofOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Parses the {@code Leakproof:} keys of {@code raw}; other keys (other tools' options) are ignored.
   *
   * @throws InvalidOptionException naming the first key that is unknown or has a bad value
   */
  public static LeakproofOptions parse(Map<String, String> raw) {
    Map<String, String> options = new TreeMap<>();
    raw.forEach(
        (key, value) -> {
          if (key.startsWith(PREFIX)) {
            options.put(key, value == null ? "" : value);
          }
        });
    String file = options.remove(OPTIONS_FILE);
    if (file != null) {
      Map<String, String> fromFile = readOptionsFile(file);
      fromFile.forEach(options::putIfAbsent);
    }
    for (String key : options.keySet()) {
      if (!KNOWN_KEYS.containsKey(key)) {
        throw new InvalidOptionException(key, "unknown option; known options: " + describeKnownKeys());
      }
    }
    return new LeakproofOptions(
        parseStrict(options.getOrDefault(STRICT, "none")),
        parseTypeNames(THREAD_LOCAL_TYPES, options.getOrDefault(THREAD_LOCAL_TYPES, "")),
        parseTypeNames(RESOURCE_TYPES, options.getOrDefault(RESOURCE_TYPES, "")),
        parseMethodNames(RESOURCE_FACTORIES, options.getOrDefault(RESOURCE_FACTORIES, "")),
        parseMethodNames(CLOSE_METHODS, options.getOrDefault(CLOSE_METHODS, "")),
        parseMethodPairs(LISTENER_PAIRS, options.getOrDefault(LISTENER_PAIRS, "")),
        parseSeverity(options.get(SEVERITY)),
        parseBaselineReason(options.get(BASELINE)));
  }

  /** Properties as a map of strings, for {@link #parse} or {@link ParsedOptions#parse}. */
  public static Map<String, String> asMap(Properties properties) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      raw.put(name, properties.getProperty(name));
    }
    return raw;
  }

  public boolean isStrict(StrictMode mode) {
    return strictModes.contains(mode);
  }

  /** Types the user named to be treated like {@code java.lang.ThreadLocal}. */
  public Set<String> threadLocalTypes() {
    return threadLocalTypes;
  }

  /** Types the user named as resources. */
  public Set<String> resourceTypes() {
    return resourceTypes;
  }

  /** {@code owner#method} names the user gave of methods whose results must be closed. */
  public Set<String> resourceFactories() {
    return resourceFactories;
  }

  /** {@code owner#method} names the user gave of methods that close their arguments. */
  public Set<String> closeMethods() {
    return closeMethods;
  }

  /** Method names the user paired: registration → removal, e.g. {@code on} → {@code off}. */
  public Map<String, String> listenerPairs() {
    return listenerPairs;
  }

  /**
   * The severity the user chose for all findings ({@code ERROR}, {@code WARNING}, {@code SUGGESTION}),
   * or null to keep each check's own.
   */
  public String severity() {
    return severity;
  }

  /** The reason for baseline suppressions, or null when not baselining. */
  public String baselineReason() {
    return baselineReason;
  }

  private static String parseSeverity(String value) {
    if (value == null) {
      return null;
    }
    String level = value.trim().toUpperCase(Locale.ROOT);
    if (level.equals("WARN")) {
      level = "WARNING"; // the spelling of -Xep:<Check>:WARN
    }
    if (!SEVERITIES.contains(level)) {
      throw new InvalidOptionException(
          SEVERITY, "unknown value '" + value + "'; expected ERROR, WARNING (or WARN) or SUGGESTION");
    }
    return level;
  }

  private static String parseBaselineReason(String value) {
    if (value == null) {
      return null;
    }
    String reason = value.trim();
    if (reason.isEmpty() || reason.contains("\n") || reason.contains("\r")) {
      throw new InvalidOptionException(
          BASELINE, "expected a one-line reason for the baseline suppressions (e.g. \"existing code, see ISSUE-42\")");
    }
    return reason;
  }

  private static Set<StrictMode> parseStrict(String value) {
    Set<StrictMode> modes = EnumSet.noneOf(StrictMode.class);
    for (String word : splitList(value)) {
      if (word.equalsIgnoreCase("all")) {
        modes.addAll(EnumSet.allOf(StrictMode.class));
      } else if (!word.equalsIgnoreCase("none")) {
        StrictMode mode = StrictMode.fromWord(word);
        if (mode == null) {
          throw new InvalidOptionException(
              STRICT, "unknown value '" + word + "'; expected a comma-separated list of " + strictWords());
        }
        modes.add(mode);
      }
    }
    return modes;
  }

  private static Set<String> parseTypeNames(String key, String value) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : splitList(value)) {
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        throw new InvalidOptionException(
            key, "'" + name + "' is not a fully qualified class name (e.g. com.example.RequestLocal)");
      }
      names.add(name);
    }
    return names;
  }

  private static Set<String> parseMethodNames(String key, String value) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : splitList(value)) {
      if (!METHOD_NAME.matcher(name).matches()) {
        throw new InvalidOptionException(
            key, "'" + name + "' is not a method name of the form owner#method (e.g. com.example.Storage#openBlob)");
      }
      names.add(name);
    }
    return names;
  }

  private static Map<String, String> parseMethodPairs(String key, String value) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : splitList(value)) {
      if (!METHOD_PAIR.matcher(pair).matches()) {
        throw new InvalidOptionException(
            key, "'" + pair + "' is not a pair of method names of the form add#remove (e.g. on#off)");
      }
      int hash = pair.indexOf('#');
      pairs.put(pair.substring(0, hash), pair.substring(hash + 1));
    }
    return pairs;
  }

  private static List<String> splitList(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /**
   * Reads {@code key=value} lines ({@code #} starts a comment). Not {@link java.util.Properties}: it
   * would split {@code Leakproof:Strict=all} at the colon, and every key here has one.
   */
  private static Map<String, String> readOptionsFile(String file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file));
    } catch (IOException | RuntimeException e) {
      throw new InvalidOptionException(OPTIONS_FILE, "cannot read '" + file + "' (" + e + ")");
    }
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new InvalidOptionException(
            OPTIONS_FILE, "'" + file + "' line " + (i + 1) + ": expected Leakproof:<Name>=<value>, got '" + line + "'");
      }
      String key = line.substring(0, eq).trim().replace("\\:", ":");
      if (key.equals(OPTIONS_FILE)) {
        throw new InvalidOptionException(OPTIONS_FILE, "'" + file + "' may not name another options file");
      }
      options.put(key, line.substring(eq + 1).trim());
    }
    return options;
  }

  private static String strictWords() {
    StringBuilder words = new StringBuilder();
    for (StrictMode mode : StrictMode.values()) {
      words.append(mode.word()).append(", ");
    }
    return words.append("all, none").toString();
  }

  private static String describeKnownKeys() {
    return String.join(", ", KNOWN_KEYS.keySet());
  }

  private static Map<String, String> knownKeys() {
    Map<String, String> keys = new TreeMap<>();
    keys.put(STRICT, "strict modes");
    keys.put(THREAD_LOCAL_TYPES, "more ThreadLocal-like types");
    keys.put(RESOURCE_TYPES, "more resource types");
    keys.put(RESOURCE_FACTORIES, "more methods returning resources");
    keys.put(CLOSE_METHODS, "more methods that close their arguments");
    keys.put(LISTENER_PAIRS, "more listener add#remove pairs");
    keys.put(OPTIONS_FILE, "a properties file of options");
    keys.put(SEVERITY, "the severity of all findings (Error Prone)");
    keys.put(BASELINE, "suppress existing findings with this reason (Error Prone patching)");
    return keys;
  }
}
