package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Positive: if the commit in the finally fails, the exception leaves before the connection is closed. */
public class CommitFailureSkipsClose {
  private final DataSource dataSource;

  public CommitFailureSkipsClose(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void bump(String counter) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Connection con = dataSource.getConnection();
    try {
      con.setAutoCommit(false);
      con.createStatement().executeUpdate("update counters set n = n + 1 where name = '" + counter + "'");
    } finally {
      con.commit();
      con.close();
    }
  }
}
