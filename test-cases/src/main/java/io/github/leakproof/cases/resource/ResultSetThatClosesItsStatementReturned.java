package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative: a driver's own statement type runs a query whose result set closes the statement when it
 * is closed; the method returns that result set, and the statement with it (getStatement()).
 */
public class ResultSetThatClosesItsStatementReturned {
  /** The driver's statement: a query method of its own, beside JDBC's. */
  public abstract static class DriverStatement implements Statement {
    public abstract ResultSet executeQuery(String sql, boolean closeStatementWithResult) throws SQLException;
  }

  public static ResultSet pragma(Connection connection, String name) throws SQLException {
    Statement statement = connection.createStatement();
    return ((DriverStatement) statement).executeQuery("PRAGMA " + name, true);
  }
}
