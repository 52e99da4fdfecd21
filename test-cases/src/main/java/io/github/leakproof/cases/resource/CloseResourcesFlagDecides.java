package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative: the caller says, through a flag, whether this method closes the statement (a streaming
 * result keeps it open and closes it later): conditional ownership, the caller's choice.
 */
public class CloseResourcesFlagDecides {
  public interface StatementAction<T> {
    T run(Statement statement) throws SQLException;
  }

  public static <T> T execute(Connection con, StatementAction<T> action, boolean closeResources) throws SQLException {
    Statement statement = null;
    try {
      statement = con.createStatement();
      return action.run(statement);
    } finally {
      if (closeResources && statement != null) {
        statement.close();
      }
    }
  }
}
