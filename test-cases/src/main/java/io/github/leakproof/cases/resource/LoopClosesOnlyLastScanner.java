package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileNotFoundException;
import java.util.List;
import java.util.Scanner;

/** Positive: a scanner is opened per file, but only the last one is closed after the loop. */
public class LoopClosesOnlyLastScanner {
  public static int countLines(List<File> files) throws FileNotFoundException {
    int lines = 0;
    Scanner scanner = null;
    for (File file : files) {
      // BUG: Diagnostic contains: ResourceNotClosed
      scanner = new Scanner(file);
      while (scanner.hasNextLine()) {
        scanner.nextLine();
        lines++;
      }
    }
    if (scanner != null) {
      scanner.close();
    }
    return lines;
  }
}
