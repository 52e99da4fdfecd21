package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Positive for SpotBugs only: a package-private static list another class of the package appends to on
 * every call. Error Prone sees one file and cannot know that no other file removes from it.
 */
public final class PackagePrivateHistoryAppendedElsewhere {
  // NOT-ERRORPRONE: a package-private field; other files of the package could remove from it
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  static final List<String> ERRORS = new ArrayList<>();

  private PackagePrivateHistoryAppendedElsewhere() {}

  /** Called for every failed request. */
  static final class ErrorRecorder {
    private ErrorRecorder() {}

    static synchronized void record(Throwable failure) {
      ERRORS.add(String.valueOf(failure));
    }
  }
}
