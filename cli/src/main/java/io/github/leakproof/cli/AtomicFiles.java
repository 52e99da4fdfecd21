package io.github.leakproof.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report whole or not at all: into a temporary file in the same folder, then moved over the target in one
 * step. A run that fails or is stopped half-way leaves the old file (or none), never half a file.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, String content) throws BadInputException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
      Files.writeString(temporary, content, UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + ": " + e, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write failed already; that is the error reported.
        }
      }
    }
  }
}
