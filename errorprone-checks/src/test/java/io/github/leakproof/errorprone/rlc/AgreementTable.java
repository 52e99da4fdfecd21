package io.github.leakproof.errorprone.rlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which of the two tools reports in each corpus case, one row per case, as kept in {@code
 * rlc-agreement.txt}: {@code case | corpus | who | reason}. {@code who} is {@code both}, {@code
 * neither}, {@code leakproof-only} or {@code rlc-only}; a difference needs a reason.
 */
record AgreementTable(Map<String, Row> rows) {
  static final String SEPARATOR = " | ";

  record Row(String caseName, String corpus, String who, String reason) {
    boolean isDifference() {
      return who.endsWith("-only");
    }

    String format() {
      return reason.isBlank()
          ? String.join(SEPARATOR, caseName, corpus, who)
          : String.join(SEPARATOR, caseName, corpus, who, reason);
    }

    boolean sameVerdict(Row other) {
      return corpus.equals(other.corpus) && who.equals(other.who);
    }
  }

  static String who(boolean leakproof, boolean rlc) {
    if (leakproof && rlc) {
      return "both";
    }
    return leakproof ? "leakproof-only" : rlc ? "rlc-only" : "neither";
  }

  static AgreementTable parse(String text) {
    Map<String, Row> rows = new TreeMap<>();
    for (String line : text.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", 4);
      if (cells.length < 3) {
        throw new IllegalArgumentException("not a row (case | corpus | who | reason): " + line);
      }
      rows.put(cells[0].strip(), new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells.length > 3 ? cells[3].strip() : ""));
    }
    return new AgreementTable(rows);
  }

  /** This table's verdicts with the recorded reasons, where the verdict did not change. */
  AgreementTable withReasonsFrom(AgreementTable recorded) {
    Map<String, Row> merged = new TreeMap<>();
    rows.forEach(
        (name, row) -> {
          Row old = recorded.rows.get(name);
          String reason = old != null && old.sameVerdict(row) ? old.reason : row.isDifference() ? "REASON?" : "";
          merged.put(name, new Row(name, row.corpus, row.who, reason));
        });
    return new AgreementTable(merged);
  }

  /** The lines that changed, as {@code - recorded} / {@code + now}; empty when the verdicts agree. */
  List<String> diff(AgreementTable recorded) {
    List<String> lines = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(rows.keySet());
    names.addAll(recorded.rows.keySet());
    for (String name : names) {
      Row now = rows.get(name);
      Row then = recorded.rows.get(name);
      if (now != null && then != null && now.sameVerdict(then)) {
        continue;
      }
      if (then != null) {
        lines.add("- " + then.format());
      }
      if (now != null) {
        lines.add("+ " + now.format());
      }
    }
    return lines;
  }

  /** The counts per verdict, e.g. {@code both=3 neither=5 leakproof-only=1 rlc-only=2}. */
  String totals() {
    Map<String, Long> counts = rows.values().stream().collect(Collectors.groupingBy(Row::who, Collectors.counting()));
    return List.of("both", "neither", "leakproof-only", "rlc-only").stream()
        .map(who -> who + "=" + counts.getOrDefault(who, 0L))
        .collect(Collectors.joining(" "));
  }

  String format(String header) {
    StringBuilder text = new StringBuilder(header);
    text.append("# totals: ").append(totals()).append('\n');
    rows.values().forEach(row -> text.append(row.format()).append('\n'));
    return text.toString();
  }
}
