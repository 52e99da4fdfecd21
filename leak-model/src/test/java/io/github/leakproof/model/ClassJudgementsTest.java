package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that judge an object by its class's facts, and the parameter summary both front ends fill. */
class ClassJudgementsTest {
  private static final ResourceCatalogue CATALOGUE = ResourceCatalogue.of(LeakproofOptions.defaults());
  private static final List<String> OUTPUT_STREAM = List.of("java.io.OutputStream", "java.io.Closeable", "java.lang.AutoCloseable");
  private static final List<String> STRING = List.of("java.lang.String", "java.lang.Object");

  @Test
  void aStreamOfItsOwnOverAnArrayHoldsNoResource() {
    assertThat(InMemoryStreams.holdsNoResource(OUTPUT_STREAM, false, List.of(STRING), CATALOGUE)).isTrue();
  }

  @Test
  void aStreamOfItsOwnKeepingAStreamOrDeclaringCloseIsAResource() {
    assertThat(InMemoryStreams.holdsNoResource(OUTPUT_STREAM, false, List.of(OUTPUT_STREAM), CATALOGUE)).isFalse();
    assertThat(InMemoryStreams.holdsNoResource(OUTPUT_STREAM, true, List.of(), CATALOGUE)).isFalse();
    assertThat(InMemoryStreams.holdsNoResource(List.of("java.io.FilterOutputStream", "java.io.OutputStream"), false, List.of(), CATALOGUE))
        .isFalse();
    assertThat(InMemoryStreams.holdsNoResource(OUTPUT_STREAM, false, List.of(List.of("java.lang.Object")), CATALOGUE)).isFalse();
  }

  @Test
  void aCollectionOfItsOwnWithAReferenceQueueHoldsEntriesWeakly() {
    assertThat(CollectionCatalogue.holdsEntriesWeakly(List.of(List.of("java.lang.ref.ReferenceQueue", "java.lang.Object"))))
        .isTrue();
    assertThat(CollectionCatalogue.holdsEntriesWeakly(List.of(List.of("java.util.HashMap", "java.util.Map")))).isFalse();
  }

  @Test
  void aParameterKeptInAnOwnFieldIsKept() {
    ParameterSummary summary = new ParameterSummary.Builder().keepsInOwnField(0, "executor").closes(1).build();
    assertThat(summary.keeps(0)).isTrue();
    assertThat(summary.ownFieldOf(0)).isEqualTo("executor");
    assertThat(summary.closes(1)).isTrue();
    assertThat(summary.keeps(1)).isFalse();
    assertThat(ParameterSummary.NOTHING.keeps(0)).isFalse();
  }
}
