package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/** Positive: sessions put on login and looked up later; logging out only marks them. */
public final class SessionMapPutOnLogin {
  /** A user's session. */
  public static final class Session {
    final String user;
    boolean loggedOut;

    Session(String user) {
      this.user = user;
    }
  }

  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<String, Session> SESSIONS = new HashMap<>();

  private SessionMapPutOnLogin() {}

  public static synchronized String login(String token, String user) {
    SESSIONS.put(token, new Session(user));
    return token;
  }

  public static synchronized void logout(String token) {
    Session session = SESSIONS.get(token);
    if (session != null) {
      session.loggedOut = true;
    }
  }
}
