package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

/** Positive: the scanner is closed on the empty-file branch only; reading the lines leaves it open. */
public class CloseOnOneBranchOnly {
  public static List<String> readWords(File file) throws FileNotFoundException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Scanner scanner = new Scanner(file);
    if (!scanner.hasNext()) {
      scanner.close();
      return List.of();
    }
    List<String> words = new ArrayList<>();
    while (scanner.hasNext()) {
      words.add(scanner.next());
    }
    return words;
  }
}
