package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Negative: the result set is not closed itself, but closing its statement closes it. */
public class ResultSetOfClosedStatement {
  private static final String SETTINGS = "SELECT setting_key, setting_value FROM settings";

  public static Map<String, String> settings(Connection connection) throws SQLException {
    Map<String, String> settings = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      ResultSet rows = statement.executeQuery(SETTINGS);
      while (rows.next()) {
        settings.put(rows.getString(1), rows.getString(2));
      }
    }
    return settings;
  }
}
