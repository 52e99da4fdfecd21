package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the new pool is handed to the constructor of a server that owns it and shuts it down on stop(). */
public class PassedToOwnerConstructor {
  /** Serves requests on the pool it is given, and shuts that pool down when stopped. */
  static final class RequestServer {
    private final ExecutorService handlers;

    RequestServer(ExecutorService handlers) {
      this.handlers = handlers;
    }

    void handle(Runnable request) {
      handlers.execute(request);
    }

    void stop() {
      handlers.shutdown();
    }
  }

  public static RequestServer start(int threads) {
    return new RequestServer(Executors.newFixedThreadPool(threads));
  }
}
