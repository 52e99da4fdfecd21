package io.github.leakproof.cases.resource;

import java.io.FileNotFoundException;
import java.util.Formatter;
import java.util.Map;

/** Positive: a Formatter given a file name opens that file, and this one is never closed. */
public class FormatterToFileNeverClosed {
  public static void writeTotals(String fileName, Map<String, Long> totals) throws FileNotFoundException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Formatter out = new Formatter(fileName);
    for (Map.Entry<String, Long> total : totals.entrySet()) {
      out.format("%-20s %10d%n", total.getKey(), total.getValue());
    }
    out.flush();
  }
}
