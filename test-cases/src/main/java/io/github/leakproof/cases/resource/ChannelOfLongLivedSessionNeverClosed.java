package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.Channel;

/**
 * Positive: each command opens a new channel on the long-lived session kept in a field and never closes
 * it; the session lives on, and so does every channel it made. A child counts as closed with its parent
 * only when this method closes the parent.
 */
public class ChannelOfLongLivedSessionNeverClosed {
  /** A client session: owns the channels it creates. */
  public interface Session extends Closeable {
    ExecChannel createExecChannel(String command) throws IOException;
  }

  /** A channel of a session. */
  public interface ExecChannel extends Channel {
    int waitForExit() throws IOException;
  }

  private final Session session;

  public ChannelOfLongLivedSessionNeverClosed(Session session) {
    this.session = session;
  }

  public int exec(String command) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ExecChannel channel = session.createExecChannel(command);
    return channel.waitForExit();
  }
}
