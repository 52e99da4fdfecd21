package io.github.leakproof.cli;

/** What {@code leakproof} exits with; docs/usage/cli.md lists them. */
final class ExitCode {
  /** No finding, or only findings in the baseline, or {@code --report-only}, or {@code --help}. */
  static final int CLEAN = 0;

  /** At least one finding that is not in the baseline. */
  static final int FINDINGS = 1;

  /** The input cannot be used: an unknown option, a missing file, a file that is not a class or a jar. */
  static final int BAD_INPUT = 2;

  /** The analysis itself failed (SpotBugs logged an error, or a detector crashed): not the user's input. */
  static final int ANALYSIS_FAILED = 3;

  private ExitCode() {}
}
