package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: a package-private field of a private nested class: every use is in this file, none shuts it down. */
public class FieldOfPrivateNestedClass {
  private static final class Mailer {
    // BUG: Diagnostic contains: ExecutorNotShutDown
    final ExecutorService sender = Executors.newSingleThreadExecutor();

    void send(String to, String body) {
      sender.execute(() -> System.out.println("to " + to + ": " + body));
    }
  }

  private final Mailer mailer = new Mailer();

  public void welcome(String user) {
    mailer.send(user, "Welcome!");
  }
}
