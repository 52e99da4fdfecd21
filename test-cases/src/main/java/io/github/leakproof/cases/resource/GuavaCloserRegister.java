package io.github.leakproof.cases.resource;

import com.google.common.io.Closer;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Negative: both streams are registered with a Guava Closer, which closes them in finally. */
public class GuavaCloserRegister {
  public static long copy(String from, String to) throws IOException {
    Closer closer = Closer.create();
    try {
      InputStream in = closer.register(new FileInputStream(from));
      OutputStream out = closer.register(new FileOutputStream(to));
      return in.transferTo(out);
    } catch (Throwable e) {
      throw closer.rethrow(e);
    } finally {
      closer.close();
    }
  }
}
