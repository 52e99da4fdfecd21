package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative: a metadata reader makes its statements in a helper and returns each query's result set,
 * which leads back to its statement. If the query throws, the statement stays open only until its
 * connection is closed (or returned to its pool), which closes it: it does not pile up.
 */
public class StatementFromHelperOnException {
  private final Connection connection;

  public StatementFromHelperOnException(Connection connection) {
    this.connection = connection;
  }

  private Statement createReadOnlyStatement() throws SQLException {
    return connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
  }

  public ResultSet tables(String schema) throws SQLException {
    return createReadOnlyStatement()
        .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'");
  }
}
