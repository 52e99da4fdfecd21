package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileNotFoundException;
import java.util.Scanner;

/** Positive: a Scanner over a File opens the file, and nobody closes the scanner. */
public class ScannerOverFileNeverClosed {
  public static long sumOfNumbers(String fileName) throws FileNotFoundException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Scanner scanner = new Scanner(new File(fileName));
    long sum = 0;
    while (scanner.hasNextLong()) {
      sum += scanner.nextLong();
    }
    return sum;
  }
}
