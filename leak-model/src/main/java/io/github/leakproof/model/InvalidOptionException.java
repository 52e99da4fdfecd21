package io.github.leakproof.model;

/** A Leakproof option has a value it cannot use; the message names the option and what is allowed. */
public final class InvalidOptionException extends IllegalArgumentException {
  private final String option;

  InvalidOptionException(String option, String problem) {
    super("Leakproof: invalid option " + option + ": " + problem);
    this.option = option;
  }

  /** The option's full key, e.g. {@code Leakproof:Strict}. */
  public String option() {
    return option;
  }
}
