package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
    Path report = Files.writeString(dir.resolve("report.sarif"), "old and longer than the new content");
    AtomicFiles.write(report, "new");
    assertThat(Files.readString(report)).isEqualTo("new");
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(report);
    }
  }

  @Test
  void failureLeavesNothingBehind() {
    Path report = dir.resolve("missing/report.sarif");
    BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.write(report, "x"));
    assertThat(e).hasMessageThat().startsWith("cannot write " + report);
    assertThat(Files.exists(report.getParent())).isFalse();
  }
}
