package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.leakproof.model.ResourceCatalogue.CallResult;
import io.github.leakproof.model.ResourceCatalogue.Construction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceCatalogueTest {
  private static final List<String> FILE_INPUT_STREAM =
      List.of("java.io.FileInputStream", "java.io.InputStream", "java.io.Closeable", "java.lang.AutoCloseable",
          "java.lang.Object");
  private static final List<String> PRINT_WRITER =
      List.of("java.io.PrintWriter", "java.io.Writer", "java.lang.Appendable", "java.io.Closeable",
          "java.io.Flushable", "java.lang.AutoCloseable", "java.lang.Object");
  private static final List<String> BYTE_ARRAY_OUTPUT_STREAM =
      List.of("java.io.ByteArrayOutputStream", "java.io.OutputStream", "java.io.Closeable",
          "java.lang.AutoCloseable", "java.lang.Object");
  private static final List<String> INPUT_STREAM =
      List.of("java.io.InputStream", "java.io.Closeable", "java.lang.AutoCloseable", "java.lang.Object");

  private final ResourceCatalogue catalogue = ResourceCatalogue.of(LeakproofOptions.defaults());

  @Test
  void constructorsOfResourceTypesOpen() {
    assertThat(catalogue.construction(FILE_INPUT_STREAM, List.of("java.lang.String")))
        .isEqualTo(Construction.OPENS_RESOURCE);
    assertThat(catalogue.construction(FILE_INPUT_STREAM, List.of("java.io.FileDescriptor")))
        .isEqualTo(Construction.NO_RESOURCE);
  }

  @Test
  void printWriterOpensOnlyOverAFileName() {
    assertThat(catalogue.construction(PRINT_WRITER, List.of("java.lang.String")))
        .isEqualTo(Construction.OPENS_RESOURCE);
    assertThat(catalogue.construction(PRINT_WRITER, List.of("java.io.Writer")))
        .isEqualTo(Construction.WRAPS_ARGUMENT);
  }

  @Test
  void xmlInputSourcesCarryTheStreamTheyAreGiven() {
    assertThat(catalogue.construction(List.of("org.xml.sax.InputSource", "java.lang.Object"),
            List.of("java.io.InputStream")))
        .isEqualTo(Construction.WRAPS_ARGUMENT);
  }

  @Test
  void inMemoryStreamsAndNonCloseablesOwnNothing() {
    assertThat(catalogue.construction(BYTE_ARRAY_OUTPUT_STREAM, List.of()))
        .isEqualTo(Construction.NO_RESOURCE);
    assertThat(catalogue.construction(List.of("java.lang.StringBuilder", "java.lang.Object"), List.of()))
        .isEqualTo(Construction.NO_RESOURCE);
    assertThat(catalogue.isNoOp(BYTE_ARRAY_OUTPUT_STREAM)).isTrue();
  }

  @Test
  void onlyAutoCloseablesAreCloseable() {
    assertThat(ResourceCatalogue.isCloseable(FILE_INPUT_STREAM)).isTrue();
    assertThat(ResourceCatalogue.isCloseable(BYTE_ARRAY_OUTPUT_STREAM)).isTrue();
    assertThat(ResourceCatalogue.isCloseable(List.of("java.io.File", "java.lang.Object"))).isFalse();
  }

  @Test
  void factoriesChildrenAndBorrowedResults() {
    assertThat(catalogue.callResult("lines", List.of("java.nio.file.Files"),
            List.of("java.util.stream.Stream", "java.util.stream.BaseStream", "java.lang.AutoCloseable")))
        .isEqualTo(CallResult.NEW_RESOURCE);
    assertThat(catalogue.callResult("executeQuery",
            List.of("java.sql.PreparedStatement", "java.sql.Statement"),
            List.of("java.sql.ResultSet", "java.lang.AutoCloseable")))
        .isEqualTo(CallResult.CHILD_OF_RECEIVER);
    assertThat(catalogue.callResult("getInputStream", List.of("java.net.Socket"), INPUT_STREAM))
        .isEqualTo(CallResult.BORROWED);
    assertThat(catalogue.callResult("openData", List.of("com.example.Store"), INPUT_STREAM))
        .isEqualTo(CallResult.NEW_RESOURCE);
    assertThat(catalogue.callResult("newBuilder", List.of("com.example.Store"), List.of("com.example.Builder")))
        .isEqualTo(CallResult.BORROWED);
    assertThat(catalogue.callResult("openStream", List.of("com.example.Store"), BYTE_ARRAY_OUTPUT_STREAM))
        .isEqualTo(CallResult.BORROWED);
  }

  @Test
  void releasesHelpersAndHandOffsByName() {
    assertThat(catalogue.isReleaseOfReceiver("close")).isTrue();
    assertThat(catalogue.isReleaseOfReceiver("abort")).isTrue();
    assertThat(catalogue.isReleaseOfReceiver("closed")).isFalse();
    assertThat(catalogue.isReleaseOfReceiver("freeze")).isFalse();
    assertThat(catalogue.closesArguments("closeQuietly", List.of("com.example.Util"))).isTrue();
    assertThat(catalogue.closesArguments("copy", List.of("org.apache.commons.io.IOUtils"))).isFalse();
    assertThat(catalogue.closesArguments("withReader", List.of("com.example.Io"))).isTrue();
    assertThat(catalogue.closesArguments("without", List.of("com.example.Io"))).isFalse();
    assertThat(catalogue.closesArguments("getText", List.of("org.codehaus.groovy.runtime.IOGroovyMethods"))).isTrue();
    assertThat(catalogue.wrapsArguments("newFileChannelOutputStream", INPUT_STREAM)).isTrue();
    assertThat(catalogue.wrapsArguments("newFileChannelOutputStream", List.of("java.lang.String"))).isFalse();
    assertThat(catalogue.wrapsArgument("encodingStream", INPUT_STREAM, INPUT_STREAM)).isTrue();
    assertThat(catalogue.wrapsArgument("encodingStream", INPUT_STREAM, List.of("java.lang.Object"))).isFalse();
    assertThat(catalogue.storesArguments("add", List.of("java.util.List"))).isTrue();
    assertThat(catalogue.storesArguments("address", List.of("com.example.Mail"))).isFalse();
    assertThat(catalogue.storesArguments("load", List.of("java.util.Properties"))).isFalse();
  }

  @Test
  void overloadsAndOwnersThatChangeTheAnswer() {
    List<String> fileSystems = List.of("java.nio.file.FileSystems");
    List<String> fileSystem = List.of("java.nio.file.FileSystem", "java.io.Closeable", "java.lang.AutoCloseable");
    assertThat(catalogue.callResult("newFileSystem", fileSystems, fileSystem, List.of("java.nio.file.Path")))
        .isEqualTo(CallResult.NEW_RESOURCE);
    assertThat(catalogue.callResult("newFileSystem", fileSystems, fileSystem, List.of("java.net.URI", "java.util.Map")))
        .isEqualTo(CallResult.BORROWED);
    assertThat(catalogue.callResult("createProxy", List.of("com.example.Pool"),
            List.of("java.sql.Connection", "java.lang.AutoCloseable"), List.of("java.sql.Connection")))
        .isEqualTo(CallResult.BORROWED);
    assertThat(catalogue.storesArguments("setBinaryStream", List.of("java.sql.PreparedStatement", "java.sql.Statement")))
        .isFalse();
    assertThat(catalogue.storesArguments("setOutput", List.of("com.example.Job"))).isTrue();
    assertThat(catalogue.callResult("newChannel", List.of("java.nio.channels.Channels"), List.of()))
        .isEqualTo(CallResult.WRAPS_ARGUMENT);
    assertThat(catalogue.callResult("open", List.of("java.nio.channels.FileChannel"), List.of("void")))
        .isEqualTo(CallResult.BORROWED);
  }

  @Test
  void openClosePairsAndFluentResults() {
    assertThat(ResourceCatalogue.pairedRelease("openJarFile")).isEqualTo("closeJarFile");
    assertThat(ResourceCatalogue.pairedRelease("opener")).isNull();
    assertThat(ResourceCatalogue.mayReturnReceiver(INPUT_STREAM, FILE_INPUT_STREAM)).isTrue();
    assertThat(ResourceCatalogue.mayReturnReceiver(FILE_INPUT_STREAM, INPUT_STREAM)).isFalse();
    assertThat(ResourceCatalogue.mayReturnReceiver(List.of("java.lang.String", "java.lang.Object"), FILE_INPUT_STREAM))
        .isFalse();
  }

  @Test
  void userOptionsAddTypesFactoriesAndCloseMethods() {
    ResourceCatalogue custom =
        ResourceCatalogue.of(LeakproofOptions.parse(Map.of(
            "Leakproof:ResourceTypes", "com.example.Blob",
            "Leakproof:ResourceFactories", "com.example.Store#fetch",
            "Leakproof:CloseMethods", "com.example.Io#finish")));
    assertThat(custom.construction(List.of("com.example.Blob", "java.lang.AutoCloseable"), List.of()))
        .isEqualTo(Construction.OPENS_RESOURCE);
    assertThat(custom.callResult("fetch", List.of("com.example.Store"), INPUT_STREAM))
        .isEqualTo(CallResult.NEW_RESOURCE);
    assertThat(custom.closesArguments("finish", List.of("com.example.Io"))).isTrue();
    assertThat(catalogue.closesArguments("finish", List.of("com.example.Io"))).isFalse();
  }

  @Test
  void badMethodNamesNameTheOption() {
    InvalidOptionException e =
        assertThrows(InvalidOptionException.class,
            () -> LeakproofOptions.parse(Map.of("Leakproof:ResourceFactories", "com.example.Store.fetch")));
    assertThat(e.option()).isEqualTo("Leakproof:ResourceFactories");
    assertThat(e).hasMessageThat().contains("owner#method");
  }

  @Test
  void everyJdkResourcePackageIsCovered() {
    for (String pkg : List.of("java.io.", "java.net.", "java.util.zip.", "java.util.jar.")) {
      assertThat(ResourceCatalogue.knownResourceTypes().stream().anyMatch(t -> t.startsWith(pkg))).isTrue();
    }
    for (String pkg : List.of("java.nio.", "java.sql.", "java.net.")) {
      assertThat(ResourceCatalogue.knownFactories().keySet().stream().anyMatch(t -> t.startsWith(pkg))).isTrue();
    }
  }

  @Test
  void compressionStreamsOpenUnlessGivenTheCallersEngine() {
    List<String> gzip = List.of("java.util.zip.GZIPOutputStream", "java.util.zip.DeflaterOutputStream");
    List<String> inflating = List.of("java.util.zip.InflaterInputStream", "java.lang.AutoCloseable");
    assertThat(catalogue.construction(union(gzip, BYTE_ARRAY_OUTPUT_STREAM.subList(1, 5)), List.of("java.io.OutputStream")))
        .isEqualTo(Construction.OPENS_RESOURCE);
    assertThat(catalogue.construction(inflating, List.of("java.io.InputStream", "java.util.zip.Inflater")))
        .isEqualTo(Construction.WRAPS_ARGUMENT);
  }

  @Test
  void objectsNullQueriesTellNullness() {
    assertThat(ResourceCatalogue.nullWhen("java.util.Objects", "isNull")).isTrue();
    assertThat(ResourceCatalogue.nullWhen("java.util.Objects", "nonNull")).isFalse();
    assertThat(ResourceCatalogue.nullWhen("java.util.Objects", "requireNonNull")).isNull();
  }

  @Test
  void poolsLendConnectionsHoldersDoNot() {
    List<String> connection = List.of("java.sql.Connection", "java.lang.AutoCloseable");
    for (String holder : List.of("org.apache.ibatis.transaction.Transaction", "java.sql.DatabaseMetaData")) {
      assertThat(catalogue.callResult("getConnection", List.of(holder), connection)).isEqualTo(CallResult.BORROWED);
    }
    assertThat(catalogue.callResult("getConnection", List.of("com.zaxxer.hikari.pool.HikariPool"), connection))
        .isEqualTo(CallResult.NEW_RESOURCE);
  }

  private static List<String> union(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
