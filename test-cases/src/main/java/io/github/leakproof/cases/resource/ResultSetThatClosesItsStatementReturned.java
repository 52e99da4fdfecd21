package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative (found in sqlite-jdbc's metadata): the driver's own base type of its statements runs a query
 * whose result set closes the statement when it is closed; the method returns that result set, and the
 * statement with it (getStatement()).
 */
public class ResultSetThatClosesItsStatementReturned {
  /** The driver's base of its statements, which does not itself implement JDBC's interface. */
  public abstract static class DriverStatement {
    public abstract ResultSet executeQuery(String sql, boolean closeStatementWithResult) throws SQLException;
  }

  public static ResultSet pragma(Connection connection, String name) throws SQLException {
    Statement statement = connection.createStatement();
    return ((DriverStatement) statement).executeQuery("PRAGMA " + name, true);
  }
}
