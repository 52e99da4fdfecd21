package io.github.leakproof.cases.resource;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.util.List;

/** Positive: new PrintWriter("out.txt") opens the file; flushing is not closing. */
public class PrintWriterToFileNeverClosed {
  public static void export(List<String> rows) throws FileNotFoundException {
    // BUG: Diagnostic contains: ResourceNotClosed
    PrintWriter out = new PrintWriter("out.txt");
    for (String row : rows) {
      out.println(row);
    }
    out.flush();
  }
}
