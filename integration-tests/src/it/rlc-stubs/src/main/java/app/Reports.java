package app;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Two leaks the Resource Leak Checker sees only with Leakproof's stubs, and their fixed versions. */
class Reports {
  void renderAll(Iterable<Runnable> reports) {
    ExecutorService workers = Executors.newFixedThreadPool(4);
    reports.forEach(workers::submit);
  }

  void renderAllThenShutDown(Iterable<Runnable> reports) {
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try {
      reports.forEach(workers::submit);
    } finally {
      workers.shutdown();
    }
  }

  void renderAllInTryWithResources(Iterable<Runnable> reports) {
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      reports.forEach(workers::submit);
    }
  }

  void remindLater(Runnable reminder) {
    Timer timer = new Timer("reminder");
    timer.schedule(task(reminder), 60_000L);
  }

  void remindLaterThenCancel(Runnable reminder) {
    Timer timer = new Timer("reminder");
    try {
      timer.schedule(task(reminder), 60_000L);
    } finally {
      timer.cancel();
    }
  }

  private static TimerTask task(Runnable body) {
    return new TimerTask() {
      @Override
      public void run() {
        body.run();
      }
    };
  }
}
