package io.github.leakproof.cases.threadlocal;

/** Positive: each parser instance keeps the current input per thread and never lets it go. */
public class InstanceFieldSetNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private final ThreadLocal<String> currentInput = new ThreadLocal<>();

  public int parse(String input) {
    currentInput.set(input);
    return countTokens();
  }

  private int countTokens() {
    return currentInput.get().split("\\s+").length;
  }
}
