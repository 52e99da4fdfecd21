package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.benchmarks.realcode.RealCode.Cost;
import io.github.leakproof.benchmarks.realcode.RealCode.Finding;
import io.github.leakproof.benchmarks.realcode.RealCode.LibraryResult;
import io.github.leakproof.benchmarks.realcode.RealCode.Triage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** The harness's tables (Markdown), from the libraries' results and the triage file. */
final class Report {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::library)
          .thenComparing(Finding::file)
          .thenComparingLong(Finding::line)
          .thenComparing(Finding::check)
          .thenComparing(Finding::frontEnd);

  private final List<LibraryResult> results;
  private final List<String> checks;
  private final Triage triage;
  private final long minutes;
  private final List<Finding> findings;
  private final List<String> problems = new ArrayList<>();
  private final SideBySideReport sideBySide;

  Report(List<LibraryResult> results, List<String> checks, Triage triage, long minutes) {
    this.results = results;
    this.checks = checks;
    this.triage = triage;
    this.minutes = minutes;
    this.findings = results.stream()
        .flatMap(r -> Stream.concat(r.errorProne().stream(), r.spotBugs().stream()))
        .sorted(ORDER)
        .toList();
    this.sideBySide = new SideBySideReport(results, checks, triage);
    results.forEach(r -> problems.addAll(r.problems()));
    findings.stream()
        .filter(f -> triage.verdict(f) == null)
        .forEach(f -> problems.add("no verdict in the triage file: " + f.key().replace('\t', ' ')
            + " (" + f.frontEnd() + ")"));
  }

  List<String> problems() {
    return problems;
  }

  /** findings.tsv: library, front end, file, line, check, verdict, message. */
  List<String> findingLines() {
    return findings.stream()
        .map(f -> String.join("\t", f.library(), f.frontEnd(), f.file(), Long.toString(f.line()), f.check(),
            String.valueOf(triage.verdict(f)), f.message()))
        .toList();
  }

  /** side-by-side.tsv: the other tools' counted findings (empty if they did not run). */
  List<String> sideBySideLines() {
    return sideBySide.findingLines();
  }

  String render() {
    StringBuilder t = new StringBuilder();
    int rounds = results.stream().mapToInt(r -> r.costs().getOrDefault("a", List.of()).size()).max().orElse(0);
    t.append(String.format(Locale.ROOT,
        "Real-code run: %d libraries, %d rounds per configuration, %d minutes, %d cores%n%n",
        results.size(), rounds, minutes, Runtime.getRuntime().availableProcessors()));
    findingsTable(t);
    precisionTable(t);
    timingTable(t);
    robustness(t);
    if (sideBySide.applies()) {
      sideBySide.render(t);
    }
    findingList(t);
    return t.toString();
  }

  private void findingsTable(StringBuilder t) {
    t.append("### Findings per library and check (Error Prone / SpotBugs)\n\n");
    t.append("| library | files | lines |");
    checks.forEach(c -> t.append(' ').append(c).append(" |"));
    t.append(" total |\n|---|---:|---:|");
    checks.forEach(c -> t.append("---:|"));
    t.append("---:|\n");
    for (LibraryResult r : results) {
      t.append(String.format(Locale.ROOT, "| %s | %d | %d |", r.name(), r.files(), r.lines()));
      for (String check : checks) {
        t.append(' ').append(cell(r.errorProne(), r.spotBugs(), f -> f.check().equals(check))).append(" |");
      }
      t.append(' ').append(cell(r.errorProne(), r.spotBugs(), f -> true)).append(" |\n");
    }
    List<Finding> ep = results.stream().flatMap(r -> r.errorProne().stream()).toList();
    List<Finding> sb = results.stream().flatMap(r -> r.spotBugs().stream()).toList();
    t.append("| **total** | | |");
    for (String check : checks) {
      t.append(' ').append(cell(ep, sb, f -> f.check().equals(check))).append(" |");
    }
    t.append(' ').append(cell(ep, sb, f -> true)).append(" |\n\n");
  }

  private static String cell(List<Finding> ep, List<Finding> sb, java.util.function.Predicate<Finding> which) {
    long e = ep.stream().filter(which).count();
    long s = sb.stream().filter(which).count();
    return e == 0 && s == 0 ? "·" : e + " / " + s;
  }

  private void precisionTable(StringBuilder t) {
    t.append("### Precision per check (verdicts from the triage file)\n\n");
    t.append("| check | EP true | EP false | EP precision | SB true | SB false | SB precision | untriaged |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String check : checks) {
      precisionRow(t, check, findings.stream().filter(f -> f.check().equals(check)).toList());
    }
    precisionRow(t, "**all**", findings);
    t.append('\n');
  }

  private void precisionRow(StringBuilder t, String label, List<Finding> these) {
    long epTrue = count(these, "EP", "TP");
    long epFalse = count(these, "EP", "FP");
    long sbTrue = count(these, "SB", "TP");
    long sbFalse = count(these, "SB", "FP");
    long untriaged = these.stream().filter(f -> triage.verdict(f) == null).count();
    t.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %s | %d |%n",
        label, epTrue, epFalse, percent(epTrue, epTrue + epFalse), sbTrue, sbFalse,
        percent(sbTrue, sbTrue + sbFalse), untriaged));
  }

  private long count(List<Finding> these, String frontEnd, String verdict) {
    return these.stream()
        .filter(f -> f.frontEnd().equals(frontEnd) && verdict.equals(triage.verdict(f)))
        .count();
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
  }

  private void timingTable(StringBuilder t) {
    t.append("### Cost (median wall time of the rounds; memory: the most of any round)\n\n");
    t.append("(a) javac + Error Prone defaults, (b) (a) + Leakproof; (c) SpotBugs, (d) SpotBugs + Leakproof. "
        + "Live heap: the most heap left in use after any garbage collection during the run (GC notifications for the "
        + "in-process compiles, the GC log of the forked SpotBugs): what the run had to keep. RSS: the forked SpotBugs "
        + "JVM's peak resident set (VmHWM).\n\n");
    t.append("| library | (a) s | (b) s | b/a | (c) s | (d) s | d/c | live heap a / b MiB | live heap c / d MiB "
        + "| RSS c / d MiB |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double[] sums = new double[4];
    long[] lives = new long[4];
    long[] peaks = new long[4];
    for (LibraryResult r : results) {
      if (r.costs().isEmpty()) {
        continue;
      }
      double[] m = new double[4];
      long[] l = new long[4];
      long[] p = new long[4];
      for (int i = 0; i < 4; i++) {
        List<Cost> costs = r.costs().get(LibraryRun.CONFIGS.get(i));
        m[i] = RealCode.median(costs.stream().map(Cost::wallNanos).toList()) / 1e9;
        l[i] = costs.stream().mapToLong(Cost::liveBytes).max().orElse(0) >> 20;
        p[i] = costs.stream().mapToLong(Cost::peakBytes).max().orElse(0) >> 20;
        sums[i] += m[i];
        lives[i] = Math.max(lives[i], l[i]);
        peaks[i] = Math.max(peaks[i], p[i]);
      }
      timingRow(t, r.name(), m, l, p);
    }
    timingRow(t, "**all** (sums of medians; most memory)", sums, lives, peaks);
    t.append('\n');
  }

  private static void timingRow(StringBuilder t, String label, double[] m, long[] l, long[] p) {
    t.append(String.format(Locale.ROOT,
        "| %s | %.1f | %.1f | %.3f | %.1f | %.1f | %.3f | %d / %d | %d / %d | %d / %d |%n",
        label, m[0], m[1], m[1] / m[0], m[2], m[3], m[3] / m[2], l[0], l[1], l[2], l[3], p[2], p[3]));
  }

  private void robustness(StringBuilder t) {
    t.append("### Robustness and determinism\n\n");
    for (LibraryResult r : results) {
      // The left-out files themselves are listed in the library's result.tsv.
      t.append(String.format(Locale.ROOT, "- %s: %s; %d files left out (they need optional dependencies)%n",
          r.name(), r.problems().isEmpty() ? "no errors, same findings in every round" : "PROBLEMS (below)",
          r.leftOut().size()));
    }
    problems.forEach(p -> t.append("- PROBLEM: ").append(p).append('\n'));
    t.append('\n');
  }

  private void findingList(StringBuilder t) {
    t.append("### Every finding\n\n| library | front end | file:line | check | verdict | reason |\n"
        + "|---|---|---|---|---|---|\n");
    Function<Finding, String> reason = f -> {
      String[] row = triage.rows().get(f.key());
      return row == null ? "" : row[5];
    };
    for (Finding f : findings) {
      t.append(String.format(Locale.ROOT, "| %s | %s | %s:%d | %s | %s | %s |%n", f.library(), f.frontEnd(),
          f.file(), f.line(), f.check(), String.valueOf(triage.verdict(f)), reason.apply(f).replace("|", "\\|")));
    }
  }
}
