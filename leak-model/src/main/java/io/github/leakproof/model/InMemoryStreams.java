package io.github.leakproof.model;

import java.util.List;

/**
 * What a stream object is, judged from its class where a front end can see it (Error Prone: the class
 * symbol's members; SpotBugs: the class file), not from its declared type or a factory's name: a
 * program's own subclass of {@code InputStream}/{@code OutputStream}/{@code Reader}/{@code Writer}
 * (activemq's {@code util.ByteArrayOutputStream}, a growable byte buffer) holds no resource when
 *
 * <ul>
 *   <li>its first JDK ancestor is one of those plain bases (or an in-memory one, {@code
 *       java.io.ByteArrayOutputStream}) — not a {@code FilterOutputStream} around another stream;
 *   <li>no class of its own between it and that ancestor declares {@code close()} (nothing to release);
 *   <li>every instance field of those classes is of a primitive type, an array of one, or a JDK type
 *       that is not closeable (a {@code String}, a {@code Charset}) — no stream, channel or {@code Object}.
 * </ul>
 *
 * Such an object is not a resource: making one ({@code new}, a {@code create…()} helper) opens nothing.
 */
public final class InMemoryStreams {
  private static final List<String> PLAIN_BASES =
      List.of("java.io.InputStream", "java.io.OutputStream", "java.io.Reader", "java.io.Writer");

  private InMemoryStreams() {}

  /** True for a class name in the JDK, where the walk up a program class's ancestors stops. */
  public static boolean isJdkClass(String className) {
    return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.");
  }

  /**
   * @param jdkAncestorAndSupertypes the first JDK class up the superclass chain, then its supertypes
   * @param declaresClose true if a class of the program's own in the chain declares {@code close()}
   * @param referenceFieldTypes for each instance field of a reference type (an array: its element
   *     type) in those classes, that type and its supertypes
   */
  public static boolean holdsNoResource(
      List<String> jdkAncestorAndSupertypes, boolean declaresClose, List<List<String>> referenceFieldTypes,
      ResourceCatalogue catalogue) {
    if (declaresClose
        || jdkAncestorAndSupertypes.isEmpty()
        || !(PLAIN_BASES.contains(jdkAncestorAndSupertypes.get(0)) || catalogue.isNoOp(jdkAncestorAndSupertypes))) {
      return false;
    }
    for (List<String> field : referenceFieldTypes) {
      if (field.isEmpty()
          || !isJdkClass(field.get(0))
          || field.get(0).equals("java.lang.Object")
          || ResourceCatalogue.isCloseable(field)) {
        return false;
      }
    }
    return true;
  }
}
