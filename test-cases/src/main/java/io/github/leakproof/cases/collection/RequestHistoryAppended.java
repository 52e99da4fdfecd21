package io.github.leakproof.cases.collection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Positive: a static final list appended on every request for "diagnostics", read only by a dump method. */
public final class RequestHistoryAppended {
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final List<String> HISTORY = Collections.synchronizedList(new ArrayList<>());

  private RequestHistoryAppended() {}

  public static String handle(String path, String user) {
    HISTORY.add(user + " " + path);
    return "ok";
  }

  public static int requestsSeen() {
    return HISTORY.size();
  }
}
