package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

// OPTIONS: Leakproof:Strict=child-exception-paths
/**
 * Positive in strict mode: the statement the helper made is left open when the query throws. Its
 * connection closes it later, but a team that wants every statement closed where it is made asks for
 * these too.
 */
public class StrictStatementFromHelperOnException {
  private final Connection connection;

  public StrictStatementFromHelperOnException(Connection connection) {
    this.connection = connection;
  }

  private Statement createReadOnlyStatement() throws SQLException {
    return connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
  }

  public ResultSet tables(String schema) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    return createReadOnlyStatement()
        .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'");
  }
}
