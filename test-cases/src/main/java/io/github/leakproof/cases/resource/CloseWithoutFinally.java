package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/** Positive: closed at the end, but if write() throws the stream stays open (no finally, no try-with-resources). */
public class CloseWithoutFinally {
  public static void save(File target, byte[] content) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    FileOutputStream out = new FileOutputStream(target);
    out.write(content);
    out.close();
  }
}
