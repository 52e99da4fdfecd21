package io.github.leakproof.cases.threadlocal;

import java.util.List;
import java.util.function.Function;

/** Negative: records, sealed types, switch patterns and generics around a correctly scoped ThreadLocal. */
public final class ModernJavaConstructs {
  sealed interface Event permits Login, Logout {}

  record Login(String user) implements Event {}

  record Logout(String user) implements Event {}

  private static final ThreadLocal<Event> CURRENT = new ThreadLocal<>();

  private ModernJavaConstructs() {}

  static <R> List<R> handleAll(List<? extends Event> events, Function<? super Event, R> handler) {
    return events.stream().map(event -> handle(event, handler)).toList();
  }

  static <R> R handle(Event event, Function<? super Event, R> handler) {
    String who =
        switch (event) {
          case Login login -> "in:" + login.user();
          case Logout(String user) -> "out:" + user;
        };
    CURRENT.set(event);
    try {
      return who.isEmpty() ? null : handler.apply(event);
    } finally {
      CURRENT.remove();
    }
  }
}
