package io.github.leakproof.cases.resource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/** Negative: the writer is opened here and handed to a background task, which closes it. */
public class CapturedByLambda {
  public static void exportInBackground(Path target, List<String> rows, Executor executor) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(target);
    executor.execute(
        () -> {
          try (writer) {
            for (String row : rows) {
              writer.write(row);
              writer.newLine();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
