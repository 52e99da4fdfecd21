package io.github.leakproof.benchmarks.realcode;

import io.github.leakproof.benchmarks.realcode.RealCode.Comparison;
import io.github.leakproof.benchmarks.realcode.RealCode.Cost;
import io.github.leakproof.benchmarks.realcode.RealCode.Finding;
import io.github.leakproof.benchmarks.realcode.RealCode.LibraryResult;
import io.github.leakproof.benchmarks.realcode.RealCode.ToolFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One library's result as a tab-separated file ({@code result.tsv} in its work folder), so that a run with
 * {@code -Drealcode.reuse=true} reports it again without recomputing it (e.g. after adding a library, or
 * after a run that stopped half-way). Lines: {@code files n}, {@code lines n}, {@code leftout path},
 * {@code cost config wallNanos peakBytes [liveBytes]}, {@code EP|SB file line check message}, {@code problem text}; and, for
 * the side-by-side (absent from the files of runs before it, which read as "not run"):
 * {@code toolcost key wallNanos peakBytes}, {@code tool tool rule file line methodStart methodEnd message},
 * {@code toolnote text}.
 */
final class ResultFile {

  static final String NAME = "result.tsv";

  private ResultFile() {}

  static void write(Path file, LibraryResult r) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("files\t" + r.files());
    lines.add("lines\t" + r.lines());
    r.leftOut().forEach(f -> lines.add("leftout\t" + f));
    r.costs().forEach((config, costs) ->
        costs.forEach(c -> lines.add(
            "cost\t" + config + "\t" + c.wallNanos() + "\t" + c.peakBytes() + "\t" + c.liveBytes())));
    for (Finding f : concat(r.errorProne(), r.spotBugs())) {
      lines.add(String.join("\t", f.frontEnd(), f.file(), Long.toString(f.line()), f.check(), f.message()));
    }
    r.problems().forEach(p -> lines.add("problem\t" + p));
    Comparison c = r.comparison();
    c.costs().forEach((key, costs) ->
        costs.forEach(cost -> lines.add("toolcost\t" + key + "\t" + cost.wallNanos() + "\t" + cost.peakBytes())));
    for (ToolFinding f : c.findings()) {
      lines.add(String.join("\t", "tool", f.tool(), f.rule(), f.file(), Long.toString(f.line()),
          Long.toString(f.methodStart()), Long.toString(f.methodEnd()), f.message()));
    }
    c.notes().forEach(n -> lines.add("toolnote\t" + n));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static LibraryResult read(Path file, String library) throws IOException {
    int files = 0;
    long lineCount = 0;
    List<String> leftOut = new ArrayList<>();
    Map<String, List<Cost>> costs = new LinkedHashMap<>();
    LibraryRun.CONFIGS.forEach(c -> costs.put(c, new ArrayList<>()));
    List<Finding> errorProne = new ArrayList<>();
    List<Finding> spotBugs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, List<Cost>> toolCosts = new LinkedHashMap<>();
    List<ToolFinding> toolFindings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t", -1);
      switch (c[0]) {
        case "files" -> files = Integer.parseInt(c[1]);
        case "lines" -> lineCount = Long.parseLong(c[1]);
        case "leftout" -> leftOut.add(c[1]);
        case "cost" -> costs.get(c[1]).add(
            new Cost(Long.parseLong(c[2]), Long.parseLong(c[3]), c.length > 4 ? Long.parseLong(c[4]) : 0));
        case "EP", "SB" -> (c[0].equals("EP") ? errorProne : spotBugs)
            .add(new Finding(library, c[0], c[1], Long.parseLong(c[2]), c[3], c[4]));
        case "problem" -> problems.add(c[1]);
        case "toolcost" -> toolCosts.computeIfAbsent(c[1], k -> new ArrayList<>())
            .add(new Cost(Long.parseLong(c[2]), Long.parseLong(c[3])));
        case "tool" -> toolFindings.add(new ToolFinding(library, c[1], c[2], c[3], Long.parseLong(c[4]),
            Long.parseLong(c[5]), Long.parseLong(c[6]), c[7]));
        case "toolnote" -> notes.add(c[1]);
        default -> throw new IOException(file + ": unexpected line " + line);
      }
    }
    Comparison comparison = new Comparison(toolFindings, toolCosts, notes);
    return new LibraryResult(library, files, lineCount, leftOut, costs, errorProne, spotBugs, problems,
        comparison.ran() ? comparison : Comparison.NONE);
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
