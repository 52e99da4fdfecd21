package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.ExecutorCatalogue.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutorCatalogueTest {
  private static final List<String> EXECUTORS = List.of("java.util.concurrent.Executors", "java.lang.Object");

  @Test
  void factoriesTellPlainFromScheduledPools() {
    assertThat(ExecutorCatalogue.callResult("newFixedThreadPool", EXECUTORS)).isEqualTo(Kind.POOL);
    assertThat(ExecutorCatalogue.callResult("newScheduledThreadPool", EXECUTORS)).isEqualTo(Kind.SCHEDULED_POOL);
    assertThat(ExecutorCatalogue.callResult("commonPool", List.of("java.util.concurrent.ForkJoinPool")))
        .isEqualTo(Kind.NONE);
  }

  @Test
  void constructorsOfPoolClassesAndTheirSubclasses() {
    assertThat(ExecutorCatalogue.construction(List.of("com.example.NamedPool",
            "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ExecutorService")))
        .isEqualTo(Kind.POOL);
    assertThat(ExecutorCatalogue.construction(List.of("java.util.concurrent.ScheduledThreadPoolExecutor",
            "java.util.concurrent.ThreadPoolExecutor")))
        .isEqualTo(Kind.SCHEDULED_POOL);
    assertThat(ExecutorCatalogue.construction(List.of("java.lang.Thread"))).isEqualTo(Kind.NONE);
  }

  @Test
  void releases() {
    assertThat(ExecutorCatalogue.isReleaseOfReceiver("shutdownNow")).isTrue();
    assertThat(ExecutorCatalogue.isReleaseOfReceiver("submit")).isFalse();
    assertThat(ExecutorCatalogue.releasesArguments("shutdownAndAwaitTermination",
            List.of("com.google.common.util.concurrent.MoreExecutors"))).isTrue();
    assertThat(ExecutorCatalogue.releasesArguments("submitAll", List.of("com.example.Util"))).isFalse();
  }
}
