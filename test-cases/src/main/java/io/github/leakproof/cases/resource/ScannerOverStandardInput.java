package io.github.leakproof.cases.resource;

import java.util.Scanner;

/** Negative: a Scanner over System.in opens nothing; closing it would close standard input. */
public class ScannerOverStandardInput {
  public static String ask(String question) {
    System.out.print(question + " ");
    Scanner console = new Scanner(System.in);
    return console.hasNextLine() ? console.nextLine().trim() : "";
  }
}
