// OPTIONS: Leakproof:ResourceFactories=io.github.leakproof.cases.resource.ConnectionFromPoolNotReturned$ConnectionPool#getConnection
package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Positive: a project's own connection pool, named in {@code Leakproof:ResourceFactories} as the
 * libraries' pools that are not a {@code DataSource} (HikariPool, Tomcat's ConnectionPool) are in the
 * catalogue, lends a connection from {@code getConnection()}; only its {@code close()} gives it back.
 * This method never does: each call keeps one more connection out of the pool.
 */
public class ConnectionFromPoolNotReturned {
  /** The pool's face, as a library gives it. */
  public interface ConnectionPool {
    Connection getConnection() throws SQLException;
  }

  public static int count(ConnectionPool pool, String table) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Connection connection = pool.getConnection();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
