package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimerAndListenerCataloguesTest {
  private static final List<String> TIMER = List.of("java.util.Timer", "java.lang.Object");
  private static final List<String> SCHEDULED =
      List.of("java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ScheduledExecutorService");

  private final ListenerCatalogue listeners = ListenerCatalogue.of(LeakproofOptions.defaults());

  @Test
  void periodicSchedulesAndOneShots() {
    assertThat(TimerCatalogue.isPeriodic("scheduleAtFixedRate", SCHEDULED, List.of())).isTrue();
    assertThat(TimerCatalogue.isPeriodic("schedule", SCHEDULED,
            List.of("java.lang.Runnable", "long", "java.util.concurrent.TimeUnit")))
        .isFalse();
    assertThat(TimerCatalogue.isPeriodic("schedule", TIMER, List.of("java.util.TimerTask", "long", "long")))
        .isTrue();
    assertThat(TimerCatalogue.isPeriodic("schedule", TIMER, List.of("java.util.TimerTask", "long"))).isFalse();
    assertThat(TimerCatalogue.isPeriodic("scheduleAtFixedRate", List.of("com.example.Planner"), List.of()))
        .isFalse();
  }

  @Test
  void stopsAndLifecycleEnds() {
    assertThat(TimerCatalogue.stops("cancel")).isTrue();
    assertThat(TimerCatalogue.stops("purge")).isFalse();
    assertThat(TimerCatalogue.isLifecycleEnd("dispose", List.of())).isTrue();
    assertThat(TimerCatalogue.isLifecycleEnd("cleanUp", List.of("jakarta.annotation.PreDestroy"))).isTrue();
    assertThat(TimerCatalogue.isLifecycleEnd("refresh", List.of())).isFalse();
  }

  @Test
  void removalsPairWithRegistrations() {
    assertThat(listeners.removalFor("addPropertyChangeListener")).isEqualTo("removePropertyChangeListener");
    assertThat(listeners.removalFor("addActionListener")).isEqualTo("removeActionListener");
    assertThat(listeners.removalFor("addObserver")).isEqualTo("deleteObserver");
    assertThat(listeners.removalFor("register")).isEqualTo("unregister");
    assertThat(listeners.removalFor("subscribe")).isEqualTo("unsubscribe");
    assertThat(listeners.removalFor("addAll")).isNull();
    assertThat(listeners.removalFor("address")).isNull();
  }

  @Test
  void userPairsAndTheirErrors() {
    ListenerCatalogue custom =
        ListenerCatalogue.of(LeakproofOptions.parse(Map.of("Leakproof:ListenerPairs", "on#off, watch#unwatch")));
    assertThat(custom.removalFor("on")).isEqualTo("off");
    assertThat(custom.removalFor("watch")).isEqualTo("unwatch");
    InvalidOptionException e =
        assertThrows(InvalidOptionException.class,
            () -> LeakproofOptions.parse(Map.of("Leakproof:ListenerPairs", "on-off")));
    assertThat(e.option()).isEqualTo("Leakproof:ListenerPairs");
  }

  @Test
  void applicationLifetimeWeakWrappersAndHandles() {
    assertThat(ListenerCatalogue.isApplicationLifetime("addShutdownHook", List.of("java.lang.Runtime"))).isTrue();
    assertThat(ListenerCatalogue.isWeakWrapper("javafx.beans.value.WeakChangeListener")).isTrue();
    assertThat(ListenerCatalogue.isWeakWrapper("com.example.ChangeListener")).isFalse();
    assertThat(ListenerCatalogue.isRegistrationHandle(List.of("io.reactivex.disposables.Disposable"))).isTrue();
    assertThat(ListenerCatalogue.isRegistrationHandle(List.of("java.lang.String", "java.lang.Object"))).isFalse();
  }

  @Test
  void singletonsInjectionAndMessages() {
    assertThat(ListenerCatalogue.isSingletonAccessor("getInstance")).isTrue();
    assertThat(ListenerCatalogue.isSingletonAccessor("getDefaultToolkit")).isTrue();
    assertThat(ListenerCatalogue.isSingletonAccessor("getCurrentKeyboardFocusManager")).isTrue();
    assertThat(ListenerCatalogue.isSingletonAccessor("getDefaults")).isFalse();
    assertThat(ListenerCatalogue.isSingletonAccessor("getCurrency")).isFalse();
    assertThat(ListenerCatalogue.isInjection("javax.inject.Inject")).isTrue();
    assertThat(listeners.isRemoval("removePropertyChangeListener")).isTrue();
    assertThat(listeners.isRemoval("deleteObserver")).isTrue();
    assertThat(listeners.isRemoval("removeAll")).isFalse();
    assertThat(ListenerCatalogue.releasesListenersItself(List.of("com.google.common.util.concurrent.Futures"))).isTrue();
    assertThat(ListenerCatalogue.releasesListenersItself(List.of("javax.swing.JButton", "java.lang.Object"))).isFalse();
    assertThat(ListenerCatalogue.isDeserialisationHook("readObject")).isTrue();
    assertThat(ListenerCatalogue.isParentSetter("setPlot")).isTrue();
    assertThat(ListenerCatalogue.isParentSetter("settle")).isFalse();
    assertThat(ListenerMessages.notRemoved("addPropertyChangeListener", "removePropertyChangeListener", "Panel"))
        .contains("removePropertyChangeListener(…)");
    assertThat(ListenerMessages.handleDiscarded("subscribe", "Subscription")).contains("Subscription returned by subscribe");
  }
}
