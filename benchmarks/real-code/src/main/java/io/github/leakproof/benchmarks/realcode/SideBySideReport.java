package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.benchmarks.realcode.RealCode.Cost;
import io.github.leakproof.benchmarks.realcode.RealCode.Finding;
import io.github.leakproof.benchmarks.realcode.RealCode.LibraryResult;
import io.github.leakproof.benchmarks.realcode.RealCode.ToolFinding;
import io.github.leakproof.benchmarks.realcode.RealCode.Triage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "Side by side" tables: per Leakproof check and other tool, the tool's findings of its comparable rules and how
 * many of Leakproof's true positives it reports too; per tool, its cost. Only over the libraries where the other
 * tools ran (a result saved before the side-by-side existed has none).
 *
 * <p>A Leakproof true positive is a distinct finding key (library, file, line, check) of either front end with
 * verdict TP. A tool finding reports it too when it is in the same library and file and its line is within
 * {@value #LINES} lines of it, or, for SpotBugs and sb-contrib, when the true positive's line is inside the method
 * the bug names (their resource bugs are about a method: the line they give is where the obligation was created,
 * the method start, or a field). A SpotBugs bug about a field has no line at all (class files do not say where a
 * field is declared): it matches any true positive in the same file.
 */
final class SideBySideReport {

  static final int LINES = 3;

  private final List<LibraryResult> results;
  private final Triage triage;
  private final List<String> checks;
  private final List<ToolFinding> tools;
  private final List<Finding> leakproof;

  SideBySideReport(List<LibraryResult> results, List<String> checks, Triage triage) {
    this.results = results.stream().filter(r -> r.comparison().ran()).toList();
    this.checks = checks;
    this.triage = triage;
    this.tools = this.results.stream()
        .flatMap(r -> r.comparison().findings().stream())
        .filter(f -> LeakRules.check(f.tool(), f.rule()) != null)
        .toList();
    this.leakproof = this.results.stream()
        .flatMap(r -> Stream.concat(r.errorProne().stream(), r.spotBugs().stream()))
        .toList();
  }

  boolean applies() {
    return !results.isEmpty();
  }

  void render(StringBuilder t) {
    t.append("### Side by side: the other leak finders on the same files\n\n");
    t.append(String.format(Locale.ROOT, "Over %d libraries (%s). A Leakproof true positive (TP) counts as also "
        + "found when a finding of the tool is in the same file within ±%d lines, or (SpotBugs, sb-contrib) in the "
        + "same method, or (their field bugs, which have no line) in the same file. \"Elsewhere\": the tool's "
        + "findings in files where Leakproof reports nothing for that check "
        + "(not triaged). The Resource Leak Checker ran on %s only (it costs some 25 times a javac); its TPs "
        + "\"also found\" are counted over those libraries.%n%n", results.size(),
        results.stream().map(LibraryResult::name).collect(Collectors.joining(", ")), LINES,
        results.stream().map(LibraryResult::name).filter(this::rlcRan).collect(Collectors.joining(", "))));
    findings(t);
    rules(t);
    cost(t);
    perLibrary(t);
    List<String> notes = results.stream().flatMap(r -> r.comparison().notes().stream()).toList();
    if (!notes.isEmpty()) {
      t.append("Notes:\n\n");
      notes.forEach(n -> t.append("- ").append(n).append('\n'));
      t.append('\n');
    }
  }

  private void findings(StringBuilder t) {
    t.append("| Leakproof check | tool | rules | findings | Leakproof TPs also found | elsewhere |\n");
    t.append("|---|---|---|---:|---:|---:|\n");
    for (String check : checks) {
      List<Finding> tps = truePositives(check);
      long ep = leakproof.stream().filter(f -> f.check().equals(check) && f.frontEnd().equals("EP")).count();
      long sb = leakproof.stream().filter(f -> f.check().equals(check) && f.frontEnd().equals("SB")).count();
      t.append(String.format(Locale.ROOT, "| **%s** | Leakproof (EP / SB) | | %d / %d | %d TPs | |%n",
          check, ep, sb, tps.size()));
      boolean any = false;
      for (String tool : LeakRules.TOOLS) {
        List<String> rules = LeakRules.rules(tool, check);
        if (rules.isEmpty()) {
          continue;
        }
        any = true;
        List<ToolFinding> these = tools.stream().filter(f -> f.tool().equals(tool) && rules.contains(f.rule()))
            .toList();
        // The RLC runs on a subset of the libraries: its share of the TPs is counted over those only.
        List<Finding> reachable = tool.equals(LeakRules.RLC)
            ? tps.stream().filter(tp -> rlcRan(tp.library())).toList() : tps;
        long found = reachable.stream().filter(tp -> these.stream().anyMatch(f -> matches(f, tp))).count();
        Set<String> leakproofFiles = leakproof.stream().filter(f -> f.check().equals(check))
            .map(f -> f.library() + "\t" + f.file()).collect(Collectors.toSet());
        long elsewhere = these.stream().filter(f -> !leakproofFiles.contains(f.library() + "\t" + f.file())).count();
        t.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d of %d | %d |%n", check, tool,
            rules.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", ")), these.size(), found,
            reachable.size(), elsewhere));
      }
      if (!any) {
        t.append(String.format(Locale.ROOT, "| %s | (none) | no comparable rule in the other tools | | | |%n", check));
      }
    }
    t.append('\n');
  }

  private boolean rlcRan(String library) {
    return results.stream().anyMatch(r -> r.name().equals(library)
        && r.comparison().costs().get("rlc") != null && !r.comparison().costs().get("rlc").isEmpty());
  }

  /** Leakproof's true positives of {@code check}: distinct finding keys with verdict TP. */
  private List<Finding> truePositives(String check) {
    Map<String, Finding> byKey = new TreeMap<>();
    leakproof.stream()
        .filter(f -> f.check().equals(check) && "TP".equals(triage.verdict(f)))
        .forEach(f -> byKey.putIfAbsent(f.key(), f));
    return new ArrayList<>(byKey.values());
  }

  static boolean matches(ToolFinding f, Finding tp) {
    if (!f.library().equals(tp.library()) || !f.file().equals(tp.file())) {
      return false;
    }
    return f.line() == 0
        || Math.abs(f.line() - tp.line()) <= LINES
        || (f.methodStart() > 0 && f.methodStart() <= tp.line() && tp.line() <= f.methodEnd());
  }

  private void rules(StringBuilder t) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String tool : LeakRules.TOOLS) {
      for (String check : checks) {
        for (String rule : LeakRules.rules(tool, check)) {
          counts.put(tool + "\t" + rule + "\t" + check,
              tools.stream().filter(f -> f.tool().equals(tool) && f.rule().equals(rule)).count());
        }
      }
    }
    t.append("| tool | rule | compared with | findings |\n|---|---|---|---:|\n");
    counts.forEach((k, n) -> {
      String[] c = k.split("\t");
      t.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %d |%n", c[0], c[1], c[2], n));
    });
    t.append('\n');
  }

  private void cost(StringBuilder t) {
    double c = sum(r -> r.costs().get("c"));
    double e = sum(r -> r.comparison().costs().get("e"));
    double pmd = sum(r -> r.comparison().costs().get("pmd"));
    double javac = sum(r -> r.comparison().costs().get("javac"));
    double rlc = sum(r -> r.comparison().costs().get("rlc"));
    t.append("Cost: sums over the libraries of each run's median wall time (the other tools run "
        + "`realcode.compare.rounds` times, after a–d).\n\n");
    t.append("| tool | timed run | s | baseline | baseline s | ratio |\n|---|---|---:|---|---:|---:|\n");
    t.append("| SpotBugs | its leak rules are part of (c) | 0 extra | | | |\n");
    t.append(String.format(Locale.ROOT, "| sb-contrib | (e) SpotBugs + sb-contrib | %.1f | (c) SpotBugs | %.1f | %s |%n",
        e, c, ratio(e, c)));
    t.append(String.format(Locale.ROOT, "| PMD | CloseResource alone (forked JVM, CLI) | %.1f | | | |%n", pmd));
    t.append(String.format(Locale.ROOT,
        "| RLC | javac + Resource Leak Checker | %.1f | plain javac, same files | %.1f | %s |%n", rlc, javac,
        ratio(rlc, javac)));
    t.append("| Error Prone | its leak checks are part of (a) | 0 extra | | | |\n\n");
  }

  private static String ratio(double a, double b) {
    return b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
  }

  private double sum(java.util.function.Function<LibraryResult, List<Cost>> costs) {
    double seconds = 0;
    for (LibraryResult r : results) {
      List<Cost> these = costs.apply(r);
      if (these != null && !these.isEmpty()) {
        seconds += RealCode.median(these.stream().map(Cost::wallNanos).toList()) / 1e9;
      }
    }
    return seconds;
  }

  private void perLibrary(StringBuilder t) {
    t.append("| library |");
    LeakRules.TOOLS.forEach(tool -> t.append(' ').append(tool).append(" |"));
    t.append(" Leakproof TPs |\n|---|");
    LeakRules.TOOLS.forEach(tool -> t.append("---:|"));
    t.append("---:|\n");
    for (LibraryResult r : results) {
      t.append("| ").append(r.name()).append(" |");
      for (String tool : LeakRules.TOOLS) {
        t.append(' ').append(tools.stream().filter(f -> f.library().equals(r.name()) && f.tool().equals(tool))
            .count()).append(" |");
      }
      long tps = checks.stream().flatMap(c -> truePositives(c).stream())
          .filter(f -> f.library().equals(r.name())).count();
      t.append(' ').append(tps).append(" |\n");
    }
    t.append('\n');
  }

  /** side-by-side.tsv: every counted finding of the other tools: library, tool, rule, check, file, line, message. */
  List<String> findingLines() {
    return tools.stream()
        .map(f -> String.join("\t", f.library(), f.tool(), f.rule(), LeakRules.check(f.tool(), f.rule()), f.file(),
            Long.toString(f.line()), f.message()))
        .toList();
  }
}
