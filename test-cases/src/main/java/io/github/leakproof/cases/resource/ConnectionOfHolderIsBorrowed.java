package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Negative: {@code getConnection()} of an object that holds a connection (a unit of work, a
 * transaction, JDBC's own metadata and statements) gives that connection, not a new one: its owner
 * closes it.
 */
public class ConnectionOfHolderIsBorrowed {
  /** One connection for a unit of work; whoever made the unit closes the connection. */
  public static final class UnitOfWork {
    private final Connection connection;

    public UnitOfWork(Connection connection) {
      this.connection = connection;
    }

    public Connection getConnection() {
      return connection;
    }
  }

  /** A library's transaction: it hands out the connection it runs on. */
  public interface Transaction {
    Connection getConnection() throws SQLException;

    void commit() throws SQLException;
  }

  public static void insert(UnitOfWork work, String sql) throws SQLException {
    Connection connection = work.getConnection();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }

  public static void update(Transaction transaction, String sql) throws SQLException {
    try (PreparedStatement statement = transaction.getConnection().prepareStatement(sql)) {
      statement.executeUpdate();
    }
    transaction.commit();
  }

  public static String catalogOf(DatabaseMetaData metadata) throws SQLException {
    return metadata.getConnection().getCatalog();
  }
}
