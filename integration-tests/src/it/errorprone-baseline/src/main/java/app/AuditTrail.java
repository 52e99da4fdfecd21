package app;

import java.util.ArrayList;
import java.util.List;

/** Remembers what users did. */
public final class AuditTrail {
  /** Leaks: one entry per request, kept for as long as the application runs. */
  private static final List<String> ENTRIES = new ArrayList<>();

  private AuditTrail() {}

  public static synchronized void record(String user, String action) {
    ENTRIES.add(user + ": " + action);
  }

  public static synchronized int size() {
    return ENTRIES.size();
  }
}
