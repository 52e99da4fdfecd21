package io.github.leakproof.cases.threadlocal;

import java.util.Stack;

/**
 * Negative by default: a per-thread {@code Stack<String>} of names being resolved (a cycle guard). Its
 * key is held weakly and its value is a JDK object holding strings: no class loader is pinned, and the
 * stack is empty again after each use. Strict=threadlocal-entries reports the entry it leaves
 * (EntriesOfJdkValues).
 */
public final class PerThreadStackOfStrings {
  private static final ThreadLocal<Stack<String>> RESOLVING = ThreadLocal.withInitial(Stack::new);

  private PerThreadStackOfStrings() {}

  static String resolve(String name, java.util.function.UnaryOperator<String> lookup) {
    Stack<String> stack = RESOLVING.get();
    if (stack.contains(name)) {
      throw new IllegalStateException("cycle at " + name);
    }
    stack.push(name);
    try {
      return lookup.apply(name);
    } finally {
      stack.pop();
    }
  }
}
