package io.github.leakproof.cli;

import io.github.leakproof.model.Check;
import java.util.Comparator;

/**
 * One finding, in the words the reports use.
 *
 * @param check the check, with its Error Prone name and docs page
 * @param className the class it is in, e.g. {@code com.example.ReportWriter}
 * @param member the method ({@code write(java.io.File)}) or field it is in, or empty for the class itself
 * @param sourcePath the source file under its package folder, e.g. {@code com/example/ReportWriter.java}
 * @param line the line, or 0 when bytecode has none (a field)
 * @param message what leaks, as the detector says it
 */
record Finding(Check check, String className, String member, String sourcePath, int line, String message) {
  /** Reports list findings by file, line and check. */
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::sourcePath)
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::check)
          .thenComparing(Finding::message);

  /** {@code com/example/ReportWriter.java:10}, or the file alone when there is no line. */
  String where() {
    return line > 0 ? sourcePath + ":" + line : sourcePath;
  }

  /**
   * What identifies the finding across edits elsewhere in the file: the check, the class, the member and the
   * message with its numbers (the lines it names) left out. See {@link Baseline}.
   */
  String baselineKey() {
    return String.join(
        "\t", check.errorProneName(), className, member, message.replaceAll("\\s+", " ").replaceAll("\\d+", "#"));
  }
}
