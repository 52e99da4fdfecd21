package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Positive (H2's full-text search, part of the engine): code inside a database engine that runs a
 * statement on the caller's connection, typed as JDBC's interface, and never closes it. Only the
 * program's own JDBC classes are left to the driver (DriversOwnStatementsOnItsConnection): a statement
 * made through {@code java.sql.Connection} is judged by the JDBC contract.
 */
public class StatementOnCallersConnectionInDriver {
  /** The driver's statement: the program implements JDBC. */
  public abstract static class DriverStatement implements Statement {}

  public static void createIndexTable(Connection connection) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Statement statement = connection.createStatement();
    statement.execute("CREATE TABLE IF NOT EXISTS FT.INDEXES(ID INT)");
  }
}
