package io.github.leakproof.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.leakproof.model.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now, so that only new ones fail the run. A text file to commit and review:
 * one finding a line, {@link Finding#baselineKey() check, class, method or field, message} separated by tabs, the
 * message's numbers written {@code #}, so that edits elsewhere in a file (which move lines) do not bring a finding
 * back. A key listed twice covers two findings. Lines starting with {@code #} are comments.
 */
final class Baseline {
  static final Baseline NONE = new Baseline(List.of());

  private static final String HEADER =
      """
      # Leakproof baseline: findings that do not fail `java -jar leakproof-cli.jar --baseline <this file>`.
      # One finding a line: check, class, method or field, message (numbers as #), separated by tabs.
      # Written by --write-baseline; remove a line when its leak is fixed (or write the file again).
      """;

  private final List<String> keys;

  private Baseline(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  static Baseline of(List<Finding> findings) {
    return new Baseline(findings.stream().map(Finding::baselineKey).sorted().toList());
  }

  static Baseline read(Path file) throws BadInputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot read the baseline " + file + ": " + e, e);
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 4 || Check.named(fields[0]).isEmpty()) {
        throw new BadInputException(
            "the baseline " + file + " line " + (i + 1)
                + " is not check<TAB>class<TAB>member<TAB>message with a Leakproof check (write it with --write-baseline)");
      }
      keys.add(line);
    }
    return new Baseline(keys);
  }

  int size() {
    return keys.size();
  }

  String text() {
    StringBuilder text = new StringBuilder(HEADER);
    keys.forEach(key -> text.append(key).append('\n'));
    return text.toString();
  }

  /**
   * Splits {@code findings} into new ones and those the baseline lists.
   *
   * @param fresh findings not in the baseline: these fail the run
   * @param known findings the baseline lists
   * @param gone how many baseline lines matched no finding (fixed leaks: the baseline can shrink)
   */
  record Split(List<Finding> fresh, List<Finding> known, int gone) {}

  Split split(List<Finding> findings) {
    Map<String, Integer> left = new HashMap<>();
    keys.forEach(key -> left.merge(key, 1, Integer::sum));
    List<Finding> fresh = new ArrayList<>();
    List<Finding> known = new ArrayList<>();
    for (Finding finding : findings) {
      Integer count = left.get(finding.baselineKey());
      if (count == null || count == 0) {
        fresh.add(finding);
      } else {
        left.put(finding.baselineKey(), count - 1);
        known.add(finding);
      }
    }
    int gone = left.values().stream().mapToInt(Integer::intValue).sum();
    return new Split(fresh, known, gone);
  }
}
