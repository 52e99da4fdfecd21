package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;

// OPTIONS: Leakproof:Strict=ignore-suppress-warnings-resource
/** Positive in strict mode: javac's "resource" token no longer hides the leak. */
public class StrictIgnoresResourceToken {
  @SuppressWarnings("resource")
  public static int firstByte(String file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    return new FileInputStream(file).read();
  }
}
