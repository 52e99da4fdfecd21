package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Scanner;

/** Positive: when the primary file is empty the variable is pointed at the fallback, and the first scanner is lost. */
public class ReassignedBeforeClose {
  public static String firstLine(Path primary, Path fallback) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Scanner scanner = new Scanner(primary);
    if (!scanner.hasNextLine()) {
      scanner = new Scanner(fallback);
    }
    String line = scanner.hasNextLine() ? scanner.nextLine() : "";
    scanner.close();
    return line;
  }
}
