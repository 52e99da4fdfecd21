package io.github.leakproof.cases.resource;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;

/** Positive: the wrapper is flushed but never closed, so the file writer under it stays open. */
public class UnclosedBufferedWriter {
  public static void writeReport(File target, String report) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    BufferedWriter out = new BufferedWriter(new FileWriter(target));
    out.write(report);
    out.flush();
  }
}
