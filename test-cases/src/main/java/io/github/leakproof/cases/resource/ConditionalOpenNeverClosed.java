package io.github.leakproof.cases.resource;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Positive: "-" means standard input, any other name opens a file that is never closed. */
public class ConditionalOpenNeverClosed {
  public static String firstLine(String name) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = name.equals("-") ? System.in : new FileInputStream(name);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return reader.readLine();
  }
}
