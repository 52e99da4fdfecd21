package io.github.leakproof.model;

/** The texts of {@code StaticCollectionOnlyGrows} findings, the same in both front ends. */
public final class CollectionMessages {
  private CollectionMessages() {}

  /**
   * A collection field that only grows.
   *
   * @param holder how the field lives forever: {@code "static"}, or e.g. {@code "an enum"}, {@code "a singleton"}
   * @param growth the first call that adds to it at run time, e.g. {@code computeIfAbsent}
   * @param line that call's line, or 0 if unknown
   */
  public static String onlyGrows(String field, String holder, String growth, int line) {
    String where = line > 0 ? " (line " + line + ")" : "";
    String owner = holder.equals("static") ? "static collection" : "collection held by " + holder;
    return String.format(
        "%s '%s' only grows: %s(…) adds to it at run time%s and nothing ever removes from it, so every"
            + " entry stays reachable for as long as its class is loaded. Remove entries when they are no"
            + " longer needed, bound it (an LRU LinkedHashMap, a size-bounded cache) or hold them weakly"
            + " (WeakHashMap).",
        capitalise(owner), field, growth, where);
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
