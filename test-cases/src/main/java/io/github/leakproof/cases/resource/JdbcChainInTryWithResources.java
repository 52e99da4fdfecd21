package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Negative: connection, statement and result set all in one try-with-resources. */
public class JdbcChainInTryWithResources {
  private static final String FIND_NAMES = "SELECT name FROM users WHERE team = ?";

  private final DataSource dataSource;

  public JdbcChainInTryWithResources(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<String> teamMembers(String team) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(FIND_NAMES)) {
      query.setString(1, team);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }
}
