package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Positive: a statement from a helper is never closed, not even when the update succeeds: one more
 * open statement on the long-lived connection per call.
 */
public class StatementFromHelperNeverClosed {
  private final Connection connection;

  public StatementFromHelperNeverClosed(Connection connection) {
    this.connection = connection;
  }

  private Statement newStatement() throws SQLException {
    return connection.createStatement();
  }

  public int purge(String table) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Statement statement = newStatement();
    return statement.executeUpdate("DELETE FROM " + table + " WHERE expired");
  }
}
