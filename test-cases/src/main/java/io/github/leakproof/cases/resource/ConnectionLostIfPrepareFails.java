package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Positive: the statement carries its connection to the caller, but if preparing fails the connection is lost. */
public class ConnectionLostIfPrepareFails {
  private final DataSource dataSource;

  public ConnectionLostIfPrepareFails(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public PreparedStatement prepare(String sql) throws SQLException {
    // BUG: Diagnostic contains: prepareStatement()
    Connection connection = dataSource.getConnection();
    return connection.prepareStatement(sql);
  }
}
