package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Negative: collections filled at start-up and handed out only as read-only views or copies. */
public final class ReadOnlyViewAndCopy {
  private static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    NAMES.add("alpha");
    NAMES.add("beta");
    ALIASES.put("a", "alpha");
  }

  private ReadOnlyViewAndCopy() {}

  public static List<String> names() {
    return Collections.unmodifiableList(NAMES);
  }

  public static Map<String, String> aliases() {
    return new HashMap<>(ALIASES);
  }
}
