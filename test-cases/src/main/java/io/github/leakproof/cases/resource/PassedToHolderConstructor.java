package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.ArrayDeque;
import java.util.Deque;

/** Negative: each opened file is handed to the constructor of a segment record; the log closes the segments. */
public class PassedToHolderConstructor implements Closeable {
  /** One segment of the log and its open file. */
  record Segment(File file, RandomAccessFile data) {}

  private final Deque<Segment> segments = new ArrayDeque<>();

  public void roll(File next) throws IOException {
    Segment segment = new Segment(next, new RandomAccessFile(next, "rw"));
    segments.addLast(segment);
  }

  @Override
  public void close() throws IOException {
    for (Segment segment : segments) {
      segment.data().close();
    }
    segments.clear();
  }
}
