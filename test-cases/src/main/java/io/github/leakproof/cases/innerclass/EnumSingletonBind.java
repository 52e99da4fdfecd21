package io.github.leakproof.cases.innerclass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Positive: an enum singleton's bind(…) keeps a method reference to this controller for good. */
public class EnumSingletonBind {
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  public void start(String route) {
    // BUG: Diagnostic contains: Routes.INSTANCE.bind
    Routes.INSTANCE.bind(route, this::answer);
  }

  private String answer(String question) {
    return answers.getOrDefault(question, "?");
  }

  /** The application's routing table. */
  public enum Routes {
    INSTANCE;

    private final Map<String, Function<String, String>> routes = new ConcurrentHashMap<>();

    public void bind(String route, Function<String, String> handler) {
      routes.put(route, handler);
    }

    public void unbind(String route) {
      routes.remove(route);
    }

    public String call(String route, String question) {
      return routes.get(route).apply(question);
    }
  }
}
