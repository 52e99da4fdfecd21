package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolFamilyTest {
  private static final List<String> EXECUTORS = List.of("java.util.concurrent.Executors");
  private static final List<String> SERVICE = List.of("java.util.concurrent.ExecutorService");
  private static final List<String> SCHEDULED_SERVICE =
      List.of("java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.ExecutorService");
  private static final List<String> TIMER = List.of("java.util.Timer", "java.lang.Object");
  private static final List<String> STPE =
      List.of("java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ThreadPoolExecutor",
          "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.ExecutorService");

  @Test
  void eachPoolBelongsToOneFamily() {
    assertThat(PoolFamily.EXECUTORS.madeByCall("newFixedThreadPool", EXECUTORS, SERVICE)).isTrue();
    assertThat(PoolFamily.TIMERS.madeByCall("newFixedThreadPool", EXECUTORS, SERVICE)).isFalse();
    assertThat(PoolFamily.TIMERS.madeByCall("newScheduledThreadPool", EXECUTORS, SCHEDULED_SERVICE)).isTrue();
    assertThat(PoolFamily.EXECUTORS.madeByCall("newScheduledThreadPool", EXECUTORS, SCHEDULED_SERVICE)).isFalse();
    assertThat(PoolFamily.TIMERS.madeByConstruction(STPE)).isTrue();
    assertThat(PoolFamily.EXECUTORS.madeByConstruction(STPE)).isFalse();
    assertThat(PoolFamily.TIMERS.madeByConstruction(TIMER)).isTrue();
    assertThat(PoolFamily.EXECUTORS.madeByConstruction(TIMER)).isFalse();
  }

  @Test
  void fieldsAndStops() {
    assertThat(PoolFamily.TIMERS.isFieldType(TIMER)).isTrue();
    assertThat(PoolFamily.TIMERS.isFieldType(SCHEDULED_SERVICE)).isTrue();
    assertThat(PoolFamily.TIMERS.isFieldType(SERVICE)).isTrue();
    assertThat(PoolFamily.EXECUTORS.isFieldType(SCHEDULED_SERVICE)).isFalse();
    assertThat(PoolFamily.TIMERS.releasesReceiver("cancel")).isTrue();
    assertThat(PoolFamily.EXECUTORS.releasesReceiver("cancel")).isFalse();
    assertThat(PoolFamily.TIMERS.releasesArguments("cancelTimer", List.of("com.example.Timers"))).isTrue();
    assertThat(PoolFamily.TIMERS.check()).isEqualTo(Check.TIMER_NOT_STOPPED);
  }

  @Test
  void lifecycleStartsReplaceNothing() {
    assertThat(PoolFamily.TIMERS.startsLifecycle("doStart", List.of())).isTrue();
    assertThat(PoolFamily.EXECUTORS.startsLifecycle("warmUp", List.of("jakarta.annotation.PostConstruct"))).isTrue();
    assertThat(PoolFamily.EXECUTORS.startsLifecycle("restart", List.of())).isFalse();
  }

  @Test
  void messagesNameTheFix() {
    assertThat(TimerMessages.notStopped("Timer", 12)).contains("cancel()");
    assertThat(TimerMessages.notStopped("ScheduledThreadPoolExecutor", 0)).contains("shutdown()");
    assertThat(TimerMessages.periodicTaskNeverCancelled("scheduleAtFixedRate", "close")).contains("close()");
    assertThat(PoolFamily.TIMERS.fieldNeverStopped("reaper", TIMER)).startsWith("Timer in field reaper");
    assertThat(PoolFamily.TIMERS.fieldNeverStopped("reaper", TIMER)).contains("calls cancel() on it");
    assertThat(PoolFamily.TIMERS.fieldNeverStopped("ticks", SCHEDULED_SERVICE)).startsWith("scheduled pool in field ticks");
    assertThat(PoolFamily.TIMERS.fieldNeverStopped("ticks", SCHEDULED_SERVICE)).contains("shutdown()/close()");
  }

  @Test
  void nettyGroupsAreExecutorsStoppedGracefully() {
    List<String> group = List.of("io.netty.channel.nio.NioEventLoopGroup", "io.netty.util.concurrent.EventExecutorGroup",
        "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.ExecutorService");
    assertThat(PoolFamily.EXECUTORS.madeByConstruction(group) && !PoolFamily.TIMERS.madeByConstruction(group)).isTrue();
    assertThat(PoolFamily.EXECUTORS.releasesReceiver("shutdownGracefully")).isTrue();
    assertThat(PoolFamily.EXECUTORS.borrowsArgumentsOnConstruction(List.of("io.netty.channel.group.DefaultChannelGroup")))
        .isTrue();
    assertThat(ResourceCatalogue.of(LeakproofOptions.defaults())
            .storesArguments("group", List.of("io.netty.bootstrap.ServerBootstrap", "io.netty.bootstrap.AbstractBootstrap")))
        .isTrue();
  }
}
