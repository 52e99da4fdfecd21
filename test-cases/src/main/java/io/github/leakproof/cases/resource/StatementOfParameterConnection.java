package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Positive: the connection belongs to the caller and stays open, so the statement created here leaks. */
public class StatementOfParameterConnection {
  private static final String PURGE = "DELETE FROM audit_log WHERE created < CURRENT_DATE - 90";

  public static int purgeOldEntries(Connection connection) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Statement statement = connection.createStatement();
    return statement.executeUpdate(PURGE);
  }
}
