package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.Check;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static final Finding WRITER =
      new Finding(Check.RESOURCE_NOT_CLOSED, "com.example.Report", "write(java.io.File)", "com/example/Report.java", 12,
          "FileWriter is not closed on the path leaving the method at line 15: open it in try-with-resources");
  private static final Finding POOL =
      new Finding(Check.EXECUTOR_NOT_SHUT_DOWN, "com.example.Jobs", "pool", "com/example/Jobs.java", 0,
          "the pool in field pool is never shut down");

  @Test
  void keyLeavesOutLineNumbersSoMovedCodeStaysBaselined() {
    Finding moved =
        new Finding(WRITER.check(), WRITER.className(), WRITER.member(), WRITER.sourcePath(), 40,
            WRITER.message().replace("line 15", "line 43"));
    assertThat(moved.baselineKey()).isEqualTo(WRITER.baselineKey());
    assertThat(WRITER.baselineKey())
        .isEqualTo("ResourceNotClosed\tcom.example.Report\twrite(java.io.File)\tFileWriter is not closed on the path"
            + " leaving the method at line #: open it in try-with-resources");
  }

  @Test
  void writtenFileReadsBackAndCoversTheSameFindings() throws Exception {
    Path file = dir.resolve("leakproof-baseline.txt");
    Files.writeString(file, Baseline.of(List.of(WRITER, POOL)).text());
    assertThat(Files.readString(file)).startsWith("# Leakproof baseline");
    assertThat(Files.readAllLines(file)).contains(POOL.baselineKey());

    Baseline.Split split = Baseline.read(file).split(List.of(WRITER, POOL));
    assertThat(split.fresh()).isEmpty();
    assertThat(split.known()).containsExactly(WRITER, POOL);
    assertThat(split.gone()).isEqualTo(0);
  }

  @Test
  void aKeyCoversAsManyFindingsAsItIsListed() {
    Finding second = new Finding(WRITER.check(), WRITER.className(), WRITER.member(), WRITER.sourcePath(), 20,
        WRITER.message().replace("15", "22"));
    Baseline.Split split = Baseline.of(List.of(WRITER)).split(List.of(WRITER, second));
    assertThat(split.known()).containsExactly(WRITER);
    assertThat(split.fresh()).containsExactly(second);
  }

  @Test
  void fixedFindingsAreCountedAsGone() {
    Baseline.Split split = Baseline.of(List.of(WRITER, POOL)).split(List.of(POOL));
    assertThat(split.fresh()).isEmpty();
    assertThat(split.gone()).isEqualTo(1);
  }

  @Test
  void noBaselineMakesEveryFindingNew() {
    Baseline.Split split = Baseline.NONE.split(List.of(WRITER, POOL));
    assertThat(split.fresh()).containsExactly(WRITER, POOL).inOrder();
    assertThat(split.known()).isEmpty();
  }
}
