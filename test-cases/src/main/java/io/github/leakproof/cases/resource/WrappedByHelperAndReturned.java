package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Negative: a helper that takes a stream and returns one wraps it; the wrapper is returned to the caller. */
public class WrappedByHelperAndReturned {
  private final AtomicLong bytesRead = new AtomicLong();

  public InputStream open(String file) throws IOException {
    return counted(new FileInputStream(file));
  }

  private InputStream counted(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.incrementAndGet();
        }
        return b;
      }
    };
  }
}
