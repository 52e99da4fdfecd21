package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Negative: the statement is returned, and its connection with it: the caller releases both
 * (through statement.getConnection()). If preparing fails, the connection is closed here.
 */
public class StatementReturnedWithItsConnection {
  private final DataSource dataSource;

  public StatementReturnedWithItsConnection(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public PreparedStatement prepare(String sql) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      return connection.prepareStatement(sql);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  public static void release(PreparedStatement statement) throws SQLException {
    Connection connection = statement.getConnection();
    statement.close();
    connection.close();
  }
}
