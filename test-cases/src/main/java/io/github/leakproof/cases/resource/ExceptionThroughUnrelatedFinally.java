package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.locks.Lock;

/**
 * Positive: the {@code finally} releases a lock, not the stream: if {@code write} throws, the
 * exception leaves the method through it with the stream still open.
 */
public class ExceptionThroughUnrelatedFinally {
  public static void save(File target, byte[] content, Lock lock) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    FileOutputStream out = new FileOutputStream(target);
    lock.lock();
    try {
      out.write(content);
    } finally {
      lock.unlock();
    }
    out.close();
  }
}
