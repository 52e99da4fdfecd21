package io.github.leakproof.cases.resource;

import java.util.Formatter;
import java.util.List;

/** Negative: a Formatter writing into a StringBuilder holds no resource. */
public class FormatterOverStringBuilder {
  public static String table(List<String> names, List<Double> prices) {
    StringBuilder table = new StringBuilder();
    Formatter formatter = new Formatter(table);
    for (int i = 0; i < names.size(); i++) {
      formatter.format("%-24s %8.2f%n", names.get(i), prices.get(i));
    }
    return table.toString();
  }
}
