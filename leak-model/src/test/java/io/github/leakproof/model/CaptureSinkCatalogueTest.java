package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.CaptureSinkCatalogue.Sink;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureSinkCatalogueTest {
  private static final List<String> REGISTRY = List.of("com.example.Registry", "java.lang.Object");
  private static final List<String> HOLDER =
      List.of("java.util.concurrent.atomic.AtomicReference", "java.io.Serializable", "java.lang.Object");
  private static final List<String> MAP = List.of("java.util.concurrent.ConcurrentHashMap", "java.util.Map");
  private static final List<String> THREAD_LOCAL = List.of("java.lang.ThreadLocal", "java.lang.Object");
  private static final List<String> SCHEDULED = List.of("java.util.concurrent.ScheduledExecutorService");

  private final CaptureSinkCatalogue sinks = CaptureSinkCatalogue.of(LeakproofOptions.defaults());

  @Test
  void storingCallsOnRegistriesAndHolders() {
    assertThat(sinks.classify("put", REGISTRY, List.of("java.lang.String", "java.lang.Object"))).isEqualTo(Sink.STORES);
    assertThat(sinks.classify("set", HOLDER, List.of("java.lang.Object"))).isEqualTo(Sink.STORES);
    assertThat(sinks.classify("get", REGISTRY, List.of("java.lang.String"))).isEqualTo(Sink.NONE);
    assertThat(sinks.classify("execute", REGISTRY, List.of("java.lang.Runnable"))).isEqualTo(Sink.NONE);
  }

  @Test
  void otherChecksKeepTheirCalls() {
    assertThat(sinks.classify("addChangeListener", REGISTRY, List.of("java.lang.Object"))).isEqualTo(Sink.OTHER_CHECK);
    assertThat(sinks.classify("register", REGISTRY, List.of("java.lang.Object"))).isEqualTo(Sink.OTHER_CHECK);
    assertThat(sinks.classify("set", THREAD_LOCAL, List.of("java.lang.Object"))).isEqualTo(Sink.OTHER_CHECK);
    assertThat(sinks.classify("put", MAP, List.of("java.lang.Object", "java.lang.Object"))).isEqualTo(Sink.OTHER_CHECK);
  }

  @Test
  void periodicSchedules() {
    assertThat(sinks.classify("scheduleAtFixedRate", SCHEDULED, List.of())).isEqualTo(Sink.PERIODIC);
    assertThat(sinks.classify("schedule", SCHEDULED,
            List.of("java.lang.Runnable", "long", "java.util.concurrent.TimeUnit")))
        .isEqualTo(Sink.NONE);
  }

  @Test
  void removalsSingletonsAndCollections() {
    assertThat(CaptureSinkCatalogue.isRemoval("remove", false)).isTrue();
    assertThat(CaptureSinkCatalogue.isRemoval("removeHandler", false)).isTrue();
    assertThat(CaptureSinkCatalogue.isRemoval("set", true)).isTrue();
    assertThat(CaptureSinkCatalogue.isRemoval("set", false)).isFalse();
    assertThat(CaptureSinkCatalogue.isSingletonAccessor("getInstance", 0)).isTrue();
    assertThat(CaptureSinkCatalogue.isSingletonAccessor("getInstance", 1)).isFalse();
    assertThat(CaptureSinkCatalogue.isCollection(MAP)).isTrue();
    assertThat(CaptureSinkCatalogue.isCollection(HOLDER)).isFalse();
  }
}
