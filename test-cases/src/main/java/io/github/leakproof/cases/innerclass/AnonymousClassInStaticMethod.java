package io.github.leakproof.cases.innerclass;

import java.util.Comparator;

/** Negative: an anonymous class made in a static method has no enclosing instance to hold. */
public final class AnonymousClassInStaticMethod {
  static Comparator<String> byLength;

  private AnonymousClassInStaticMethod() {}

  public static void init() {
    byLength = new Comparator<String>() {
      @Override
      public int compare(String a, String b) {
        return Integer.compare(a.length(), b.length());
      }
    };
  }
}
