package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Negative: the result set belongs to a statement that try-with-resources closes, which closes it. */
public class ResultSetOfStatementInTryWithResources {
  public static int count(DataSource dataSource, String owner) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("select count(*) from item where owner = ?")) {
      statement.setString(1, owner);
      if (statement.execute()) {
        ResultSet rows = statement.getResultSet();
        return rows.next() ? rows.getInt(1) : 0;
      }
      return 0;
    }
  }
}
