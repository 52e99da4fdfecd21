package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/** Negative: the classic open, try, finally close. */
public class CloseInFinally {
  public static void save(File target, byte[] content) throws IOException {
    FileOutputStream out = new FileOutputStream(target);
    try {
      out.write(content);
      out.getFD().sync();
    } finally {
      out.close();
    }
  }
}
