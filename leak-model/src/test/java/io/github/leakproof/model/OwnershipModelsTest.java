package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.ThreadLocalValues.ClassLoaderPin;
import io.github.leakproof.model.ThreadLocalValues.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models of 2026-12-07: who owns JDBC children, calls that cannot fail, parts, singletons, emptied containers. */
class OwnershipModelsTest {
  private static final List<String> PREPARED_STATEMENT =
      List.of("java.sql.PreparedStatement", "java.sql.Statement", "java.sql.Wrapper", "java.lang.AutoCloseable");
  private static final List<String> RESULT_SET =
      List.of("java.sql.ResultSet", "java.sql.Wrapper", "java.lang.AutoCloseable");
  private static final List<String> CONNECTION =
      List.of("java.sql.Connection", "java.sql.Wrapper", "java.lang.AutoCloseable");
  private static final List<String> SOCKET = List.of("java.net.Socket", "java.io.Closeable", "java.lang.AutoCloseable");
  private static final List<String> SOCKET_CHANNEL =
      List.of("java.nio.channels.SocketChannel", "java.nio.channels.NetworkChannel", "java.nio.channels.Channel");
  private static final List<String> FILE_INPUT_STREAM =
      List.of("java.io.FileInputStream", "java.io.InputStream", "java.io.Closeable", "java.lang.AutoCloseable");

  @Test
  void statementsAndResultSetsBelongToTheirParentConnectionsDoNot() {
    assertThat(ResourceCatalogue.isClosedWithItsParent(PREPARED_STATEMENT)).isTrue();
    assertThat(ResourceCatalogue.isClosedWithItsParent(RESULT_SET)).isTrue();
    assertThat(ResourceCatalogue.isClosedWithItsParent(CONNECTION)).isFalse();
    assertThat(ResourceCatalogue.isClosedWithItsParent(FILE_INPUT_STREAM)).isFalse();
  }

  @Test
  void aResultSetLeadsBackToWhatGaveIt() {
    assertThat(ResourceCatalogue.leadsBackToReceiver(RESULT_SET)).isTrue();
    assertThat(ResourceCatalogue.leadsBackToReceiver(PREPARED_STATEMENT)).isFalse();
  }

  @Test
  void socketOptionSettersCannotFailOnAnOpenSocket() {
    assertThat(ResourceCatalogue.cannotFailWhileOpen(SOCKET, "setSoTimeout")).isTrue();
    assertThat(ResourceCatalogue.cannotFailWhileOpen(SOCKET_CHANNEL, "setOption")).isTrue();
    assertThat(ResourceCatalogue.cannotFailWhileOpen(SOCKET, "connect")).isFalse();
    assertThat(ResourceCatalogue.cannotFailWhileOpen(SOCKET, "sendUrgentData")).isFalse();
    // A socket's own streams do no I/O: on an open, connected socket they cannot fail.
    assertThat(ResourceCatalogue.cannotFailWhileOpen(SOCKET, "getOutputStream")).isTrue();
    assertThat(ResourceCatalogue.cannotFailWhileOpen(SOCKET, "getInputStream")).isTrue();
    assertThat(ResourceCatalogue.cannotFailWhileOpen(FILE_INPUT_STREAM, "getInputStream")).isFalse();
    assertThat(ResourceCatalogue.cannotFailWhileOpen(FILE_INPUT_STREAM, "setSoTimeout")).isFalse();
  }

  @Test
  void aSourceHoldsTheRegistrantOnlyThroughAFieldOfTheProgramsOwnType() {
    List<String> foldManager = List.of("app.DefaultFoldManager", "app.FoldManager", "java.beans.PropertyChangeListener",
        "java.lang.Object");
    assertThat(ListenerCatalogue.isHeldBySourceField("app.FoldManager", foldManager)).isTrue();
    assertThat(ListenerCatalogue.isHeldBySourceField("app.DefaultFoldManager", foldManager)).isTrue();
    assertThat(ListenerCatalogue.isHeldBySourceField("java.beans.PropertyChangeListener", foldManager)).isFalse();
    assertThat(ListenerCatalogue.isHeldBySourceField("java.lang.Object", foldManager)).isFalse();
    assertThat(ListenerCatalogue.isHeldBySourceField("app.Other", foldManager)).isFalse();
  }

  @Test
  void aSingletonIsMadeOnlyByItselfAndKeepsItsInstance() {
    assertThat(CaptureSinkCatalogue.livesForApplication("app.Watch", false, true, List.of("app.Watch"))).isTrue();
    assertThat(CaptureSinkCatalogue.livesForApplication("app.Watch", false, false, List.of("app.Watch"))).isFalse();
    assertThat(CaptureSinkCatalogue.livesForApplication("app.Watch", false, true, List.of("app.Other"))).isFalse();
    assertThat(CaptureSinkCatalogue.livesForApplication("app.Workers", true, false, List.of())).isTrue();
  }

  @Test
  void anEmptiedJdkContainerPinsNothingWhateverItsElements() {
    ValueType stackOfAppType =
        new ValueType("java.util.Deque", true, false, List.of(ValueType.plain("app.RenderContext")));
    assertThat(ThreadLocalValues.pinOf(stackOfAppType)).isEqualTo(ClassLoaderPin.PINS);
    assertThat(ThreadLocalValues.pinOfEmptiedContainer(stackOfAppType)).isEqualTo(ClassLoaderPin.NONE);
    ValueType appType = ValueType.plain("app.Session");
    assertThat(ThreadLocalValues.pinOfEmptiedContainer(appType)).isEqualTo(ClassLoaderPin.PINS);
  }

  @Test
  void fileStoresAreFewAndKeyedSettingsAreSettersOrStrategies() {
    assertThat(CollectionCatalogue.isFewValuedKey(List.of("java.nio.file.FileStore", "java.lang.Object"), true)).isTrue();
    assertThat(CollectionCatalogue.isFewValuedKey(List.of("java.lang.String", "java.lang.Object"), true)).isFalse();
    assertThat(CollectionCatalogue.isKeyedSetting("setEncoder", "put", false)).isTrue();
    assertThat(CollectionCatalogue.isKeyedSetting("registerTransportFactory", "put", true)).isTrue();
    assertThat(CollectionCatalogue.isKeyedSetting("login", "put", false)).isFalse();
    assertThat(CollectionCatalogue.isKeyedSetting("register", "add", true)).isFalse();
  }

  @Test
  void connectStartsALifecycle() {
    assertThat(TimerCatalogue.isLifecycleStart("connect", List.of())).isTrue();
  }

  @Test
  void anAbstractMethodClosesWhatEveryImplementationCloses() {
    ParameterSummary closesFirst = new ParameterSummary.Builder().closes(0).build();
    ParameterSummary closesBoth = new ParameterSummary.Builder().closes(0).closes(1).build();
    ParameterSummary keepsFirst = new ParameterSummary.Builder().keeps(0).build();
    ParameterSummary both = ParameterSummary.ofEveryImplementation(List.of(closesFirst, closesBoth));
    assertThat(both.closes(0)).isTrue();
    assertThat(both.closes(1)).isFalse(); // only one of the two closes it
    assertThat(ParameterSummary.ofEveryImplementation(List.of(closesFirst, keepsFirst)).closes(0)).isFalse();
    assertThat(ParameterSummary.ofEveryImplementation(List.of()).closes(0)).isFalse();
  }
}
