package io.github.leakproof.cases.resource;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Negative: wrapping System.out opens nothing; closing it would even close standard output. */
public class SystemOutWrapped {
  public static void printReport(List<String> lines) {
    PrintWriter console = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    for (String line : lines) {
      console.println(line);
    }
  }
}
