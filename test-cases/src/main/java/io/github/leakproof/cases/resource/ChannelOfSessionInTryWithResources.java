package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.Channel;

/**
 * Negative (an SSH client's exec command): the channel is made by the session, which is opened in
 * try-with-resources; closing the session closes its channels, as closing a JDBC connection closes its
 * statements. A {@code create…} call on an open resource gives a child closed with it. Error Prone sees
 * the session's try-with-resources; SpotBugs does not yet (a known false positive there).
 */
public class ChannelOfSessionInTryWithResources {
  /** A client session: owns the channels it creates. */
  public interface Session extends Closeable {
    ExecChannel createExecChannel(String command) throws IOException;
  }

  /** A channel of a session. */
  public interface ExecChannel extends Channel {
    void open() throws IOException;

    int waitForExit() throws IOException;
  }

  /** Connects sessions. */
  public interface Client {
    Session connect(String host) throws IOException;
  }

  public int exec(Client client, String host, String command) throws IOException {
    try (Session session = client.connect(host)) {
      // NOT-ERRORPRONE: only the bytecode front end reports it: it counts a child as closed with its parent only when it saw the parent opened, and does not read try-with-resources
      // BUG: Diagnostic contains: ResourceNotClosed
      ExecChannel channel = session.createExecChannel(command);
      channel.open();
      return channel.waitForExit();
    }
  }
}
