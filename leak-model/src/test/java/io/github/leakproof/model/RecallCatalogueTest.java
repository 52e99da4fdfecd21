package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.ResourceCatalogue.CallResult;
import io.github.leakproof.model.ResourceCatalogue.Construction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue answers behind the zlib streams, null queries, pools' connections and Netty's groups. */
class RecallCatalogueTest {
  private static final List<String> GZIP_OUTPUT_STREAM =
      List.of("java.util.zip.GZIPOutputStream", "java.util.zip.DeflaterOutputStream", "java.io.FilterOutputStream",
          "java.io.OutputStream", "java.io.Closeable", "java.lang.AutoCloseable", "java.lang.Object");
  private static final List<String> INFLATER_INPUT_STREAM =
      List.of("java.util.zip.InflaterInputStream", "java.io.FilterInputStream", "java.io.InputStream",
          "java.io.Closeable", "java.lang.AutoCloseable", "java.lang.Object");
  private static final List<String> CONNECTION =
      List.of("java.sql.Connection", "java.sql.Wrapper", "java.lang.AutoCloseable", "java.lang.Object");
  private static final List<String> NIO_EVENT_LOOP_GROUP =
      List.of("io.netty.channel.nio.NioEventLoopGroup", "io.netty.channel.EventLoopGroup",
          "io.netty.util.concurrent.EventExecutorGroup", "java.util.concurrent.ScheduledExecutorService",
          "java.util.concurrent.ExecutorService", "java.util.concurrent.Executor", "java.lang.Object");

  private final ResourceCatalogue catalogue = ResourceCatalogue.of(LeakproofOptions.defaults());

  @Test
  void compressionStreamsOpenUnlessGivenTheCallersEngine() {
    assertThat(catalogue.construction(GZIP_OUTPUT_STREAM, List.of("java.io.OutputStream")))
        .isEqualTo(Construction.OPENS_RESOURCE);
    assertThat(catalogue.construction(INFLATER_INPUT_STREAM, List.of("java.io.InputStream")))
        .isEqualTo(Construction.OPENS_RESOURCE);
    assertThat(catalogue.construction(INFLATER_INPUT_STREAM, List.of("java.io.InputStream", "java.util.zip.Inflater")))
        .isEqualTo(Construction.WRAPS_ARGUMENT);
  }

  @Test
  void objectsNullQueriesTellNullness() {
    assertThat(ResourceCatalogue.nullWhen("java.util.Objects", "isNull")).isTrue();
    assertThat(ResourceCatalogue.nullWhen("java.util.Objects", "nonNull")).isFalse();
    assertThat(ResourceCatalogue.nullWhen("java.util.Objects", "requireNonNull")).isNull();
    assertThat(ResourceCatalogue.nullWhen("com.example.Objects", "isNull")).isNull();
  }

  @Test
  void poolsLendConnectionsHoldersDoNot() {
    assertThat(catalogue.callResult("getConnection", List.of("com.zaxxer.hikari.pool.HikariPool", "java.lang.Object"), CONNECTION))
        .isEqualTo(CallResult.NEW_RESOURCE);
    assertThat(catalogue.callResult("getConnection", List.of("org.apache.ibatis.transaction.Transaction"), CONNECTION))
        .isEqualTo(CallResult.BORROWED);
    assertThat(catalogue.callResult("getConnection", List.of("java.sql.DatabaseMetaData"), CONNECTION))
        .isEqualTo(CallResult.BORROWED);
  }

  @Test
  void nettyGroupsArePoolsStoppedGracefully() {
    assertThat(PoolFamily.EXECUTORS.madeByConstruction(NIO_EVENT_LOOP_GROUP)).isTrue();
    assertThat(PoolFamily.TIMERS.madeByConstruction(NIO_EVENT_LOOP_GROUP)).isFalse();
    assertThat(PoolFamily.EXECUTORS.releasesReceiver("shutdownGracefully")).isTrue();
    assertThat(PoolFamily.EXECUTORS.borrowsArgumentsOnConstruction(
            List.of("io.netty.channel.group.DefaultChannelGroup", "java.lang.Object")))
        .isTrue();
    assertThat(catalogue.storesArguments("group", List.of("io.netty.bootstrap.ServerBootstrap",
            "io.netty.bootstrap.AbstractBootstrap", "java.lang.Object")))
        .isTrue();
  }
}
