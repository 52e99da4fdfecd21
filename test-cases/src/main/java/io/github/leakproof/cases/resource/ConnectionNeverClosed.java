package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Positive: the statement is closed, but the connection it came from never is. */
public class ConnectionNeverClosed {
  private static final String INSERT_USER = "INSERT INTO users (name) VALUES (?)";

  public static void addUser(String url, String name) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    Connection connection = DriverManager.getConnection(url);
    try (PreparedStatement insert = connection.prepareStatement(INSERT_USER)) {
      insert.setString(1, name);
      insert.executeUpdate();
    }
  }
}
