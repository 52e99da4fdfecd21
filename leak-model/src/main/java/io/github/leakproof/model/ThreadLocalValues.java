package io.github.leakproof.model;

import java.util.List;

/**
 * What a thread-local's value keeps alive on a pooled thread besides itself: its class loader.
 *
 * <p>A thread-local entry's key is held weakly, its value strongly, by the thread. On an application
 * server the threads belong to the server, so a value whose class the web application loaded — any
 * class that is not the JDK's: the program's own, or a library's in its {@code WEB-INF/lib} — keeps
 * that class loader, every class it loaded and their static fields reachable after undeploy. A value
 * of the JDK's own types ({@code Boolean}, {@code String}, {@code SimpleDateFormat}, a {@code
 * Stack<String>}) pins nothing. The value is judged by what it is: the thread-local's type argument,
 * and the classes of the values the program gives it, where the front end sees them.
 */
public final class ThreadLocalValues {
  private ThreadLocalValues() {}

  /** How sure it is that a value keeps its class loader alive; ordered from least to most. */
  public enum ClassLoaderPin {
    /** A JDK value type, or a JDK container of them: pins nothing. */
    NONE,
    /**
     * Can hold anything: {@code Object}, a raw or wildcard container, a JDK interface the application
     * may implement ({@code Runnable}, {@code Supplier}, {@code Connection}), a type variable.
     */
    MAY,
    /** An instance of a non-JDK class, or a JDK container of them ({@code Map<String, Handler>}). */
    PINS;

    /** The stronger of the two: a value of either kind may be there. */
    public ClassLoaderPin or(ClassLoaderPin other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  /**
   * A value type as the front end sees it.
   *
   * @param name the qualified class name ({@code java.util.Map}), with {@code []} per array dimension,
   *     a primitive's keyword, or null when unknown (a type variable, an unbounded wildcard)
   * @param isInterface the class is an interface
   * @param isRaw a generic class used without type arguments
   * @param arguments the type arguments, each judged the same way
   */
  public record ValueType(String name, boolean isInterface, boolean isRaw, List<ValueType> arguments) {
    public ValueType {
      arguments = List.copyOf(arguments);
    }

    public static ValueType unknown() {
      return new ValueType(null, false, false, List.of());
    }

    /** A class without type arguments ({@code java.text.SimpleDateFormat}, {@code com.example.Renderer}). */
    public static ValueType plain(String name) {
      return new ValueType(name, false, false, List.of());
    }
  }

  /** Packages whose interfaces are containers, judged by their elements: {@code List<String>} holds strings. */
  private static final List<String> CONTAINER_PACKAGES = List.of("java.util", "java.util.concurrent");

  /** What a value of {@code type} keeps alive, judged from its class and its type arguments. */
  public static ClassLoaderPin pinOf(ValueType type) {
    if (type == null || type.name() == null) {
      return ClassLoaderPin.MAY;
    }
    String element = type.name();
    while (element.endsWith("[]")) {
      element = element.substring(0, element.length() - 2);
    }
    if (!element.contains(".")) {
      return ClassLoaderPin.NONE; // a primitive, or an array of them
    }
    if (!isJdk(element)) {
      return ClassLoaderPin.PINS;
    }
    if (element.equals("java.lang.Object") || element.startsWith("java.lang.ref.") || type.isRaw()) {
      return ClassLoaderPin.MAY;
    }
    ClassLoaderPin pin =
        type.isInterface() && !CONTAINER_PACKAGES.contains(packageOf(element))
            ? ClassLoaderPin.MAY
            : ClassLoaderPin.NONE;
    for (ValueType argument : type.arguments()) {
      pin = pin.or(pinOf(argument));
    }
    return pin;
  }

  /**
   * What a per-thread value keeps alive when the program empties it after each use: a JDK container
   * ({@code java.util}, {@code java.util.concurrent}) on which the program calls a shrinking method
   * ({@code pop}, {@code remove}, {@code clear}: a stack of render contexts pushed and popped in a
   * {@code finally}, a map of resources being loaded whose entry is removed when the load ends). At rest
   * the thread keeps only the empty container, a JDK object: it pins nothing, whatever its elements' type.
   * Any other value is judged as {@link #pinOf} says.
   */
  public static ClassLoaderPin pinOfEmptiedContainer(ValueType type) {
    if (type != null && type.name() != null && isJdk(type.name()) && !type.name().endsWith("[]")
        && CONTAINER_PACKAGES.contains(packageOf(type.name()))) {
      return ClassLoaderPin.NONE;
    }
    return pinOf(type);
  }

  /** True for classes of the JDK itself, which the boot or platform class loader loads. */
  public static boolean isJdk(String qualifiedName) {
    return qualifiedName.startsWith("java.")
        || qualifiedName.startsWith("javax.")
        || qualifiedName.startsWith("jdk.")
        || qualifiedName.startsWith("sun.")
        || qualifiedName.startsWith("com.sun.");
  }

  /** How a message names the type: simple names, type arguments kept ({@code Map<String, Handler>}). */
  public static String describe(ValueType type) {
    if (type == null || type.name() == null) {
      return "?";
    }
    StringBuilder text = new StringBuilder(simpleName(type.name()));
    if (!type.arguments().isEmpty()) {
      text.append('<');
      for (int i = 0; i < type.arguments().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(describe(type.arguments().get(i)));
      }
      text.append('>');
    }
    return text.toString();
  }

  /** The simple name of the first non-JDK class in the type ({@code Handler} in {@code Map<String, Handler>}), or null. */
  public static String pinningClass(ValueType type) {
    if (type == null || type.name() == null) {
      return null;
    }
    String element = type.name().replace("[]", "");
    if (element.contains(".") && !isJdk(element)) {
      return simpleName(element);
    }
    for (ValueType argument : type.arguments()) {
      String found = pinningClass(argument);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The simple name to show in a message: {@code Map<…>} as {@code Map}, {@code a.b.Outer$Inner} as {@code Inner}. */
  public static String simpleName(String qualifiedName) {
    String name = qualifiedName.substring(Math.max(qualifiedName.lastIndexOf('.'), qualifiedName.lastIndexOf('$')) + 1);
    return name.isEmpty() ? qualifiedName : name;
  }

  private static String packageOf(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }
}
