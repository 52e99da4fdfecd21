package io.github.leakproof.cli;

import io.github.leakproof.model.Check;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report on standard output: one line per new finding, {@code com/example/ReportWriter.java:10:
 * [ResourceNotClosed] message (see <docs page>)}, then a summary per check and what the baseline covered.
 */
final class TextReport {
  private TextReport() {}

  /** @param baseline the baseline file read, or null */
  static void print(PrintStream out, Baseline.Split split, Path baseline) {
    for (Finding finding : split.fresh()) {
      out.printf(
          "%s: [%s] %s (see %s)%n",
          finding.where(), finding.check().errorProneName(), finding.message(), finding.check().docsUrl());
    }
    List<Finding> fresh = split.fresh();
    if (fresh.isEmpty()) {
      out.println("leakproof: no " + (baseline == null ? "" : "new ") + "findings");
    } else {
      out.println();
      out.println("leakproof: " + count(fresh.size(), baseline == null ? "finding" : "new finding"));
      perCheck(fresh).forEach(
          (check, n) -> out.printf("  %4d %-26s %s%n", n, check.errorProneName(), check.docsUrl()));
    }
    if (baseline != null) {
      if (!split.known().isEmpty()) {
        out.println("leakproof: " + count(split.known().size(), "more finding") + " listed in the baseline " + baseline);
      }
      if (split.gone() > 0) {
        out.println("leakproof: " + count(split.gone(), "baseline line") + " matched no finding (fixed?): "
            + "write the baseline again with --write-baseline to drop them");
      }
    }
  }

  private static Map<Check, Integer> perCheck(List<Finding> findings) {
    Map<Check, Integer> counts = new EnumMap<>(Check.class);
    findings.forEach(finding -> counts.merge(finding.check(), 1, Integer::sum));
    return counts;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
