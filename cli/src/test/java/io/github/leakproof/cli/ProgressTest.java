package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void longRunPrintsALineEachIntervalAndTheTotal() {
    Progress progress = new Progress(new PrintStream(err, true, UTF_8), false, 1_000, now::get);
    progress.predictPassCount(new int[] {30, 10});
    progress.startAnalysis(30);
    for (int i = 0; i < 30; i++) {
      now.addAndGet(100); // a class every 100 ns: a line every 10 classes
      progress.finishClass();
    }
    progress.startAnalysis(10);
    for (int i = 0; i < 10; i++) {
      now.addAndGet(50);
      progress.finishClass();
    }
    now.set(2_500_000_000L);
    progress.finished();
    assertThat(err.toString(UTF_8).lines().toList())
        .containsExactly(
            "leakproof: pass 1 of 2, 10 of 30 classes",
            "leakproof: pass 1 of 2, 20 of 30 classes",
            "leakproof: pass 1 of 2, 30 of 30 classes",
            "leakproof: analysed 10 classes in 2.5 s")
        .inOrder();
    assertThat(progress.classes()).isEqualTo(10);
  }

  @Test
  void shortRunPrintsOnlyTheTotal() {
    Progress progress = new Progress(new PrintStream(err, true, UTF_8), false, 1_000_000, now::get);
    progress.startAnalysis(3);
    progress.finishClass();
    progress.finished();
    assertThat(err.toString(UTF_8)).isEqualTo("leakproof: analysed 3 classes in 0.0 s\n");
  }

  @Test
  void quietPrintsNothing() {
    Progress progress = new Progress(new PrintStream(err, true, UTF_8), true, 1, now::get);
    progress.startAnalysis(3);
    now.addAndGet(10);
    progress.finishClass();
    progress.finished();
    assertThat(err.size()).isEqualTo(0);
  }
}
