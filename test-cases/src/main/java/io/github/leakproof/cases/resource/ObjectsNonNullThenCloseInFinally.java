package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;

/**
 * Negative: {@code Objects.nonNull(x)} and {@code !Objects.isNull(x)} guard the close in the {@code
 * finally} as {@code x != null} would: on the other branch nothing was opened.
 */
public class ObjectsNonNullThenCloseInFinally {
  public static void copy(File from, File to) throws IOException {
    Reader reader = null;
    Writer writer = null;
    try {
      reader = new FileReader(from);
      writer = new FileWriter(to);
      reader.transferTo(writer);
    } finally {
      if (Objects.nonNull(reader)) {
        reader.close();
      }
      if (!Objects.isNull(writer)) {
        writer.close();
      }
    }
  }
}
