package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative: pre-Java-7 cleanup: result set, statement and connection closed in a finally, each
 * guarded by a null check. A failing close of the result set is not counted against the connection.
 */
public class ClassicJdbcCleanupInFinally {
  public static int countUsers(String url) throws SQLException {
    Connection connection = null;
    Statement statement = null;
    ResultSet rows = null;
    try {
      connection = DriverManager.getConnection(url);
      statement = connection.createStatement();
      rows = statement.executeQuery("select count(*) from users");
      return rows.next() ? rows.getInt(1) : 0;
    } finally {
      if (rows != null) {
        rows.close();
      }
      if (statement != null) {
        statement.close();
      }
      if (connection != null) {
        connection.close();
      }
    }
  }
}
