package io.github.leakproof.cases.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative (a connection pool's statement proxy): {@code getResultSet()} returns the wrapped statement's
 * current result, wrapped once and then handed out again from a field. The statement owns that result
 * set and closes it when it closes or executes again; nothing new is opened here.
 */
public class CurrentResultSetWrappedByProxy {
  /** The pool's result-set wrapper. */
  public interface ResultSetProxy extends ResultSet {
    ResultSet delegate();
  }

  /** Makes wrappers. */
  public interface ProxyFactory {
    ResultSetProxy wrap(ResultSet delegate);
  }

  private final Statement delegate;
  private final ProxyFactory proxies;
  private ResultSetProxy current;

  public CurrentResultSetWrappedByProxy(Statement delegate, ProxyFactory proxies) {
    this.delegate = delegate;
    this.proxies = proxies;
  }

  public ResultSet getResultSet() throws SQLException {
    ResultSet resultSet = delegate.getResultSet();
    if (resultSet != null) {
      if (current == null || current.delegate() != resultSet) {
        current = proxies.wrap(resultSet);
      }
    } else {
      current = null;
    }
    return current;
  }

  public ResultSet getGeneratedKeys() throws SQLException {
    ResultSet keys = delegate.getGeneratedKeys();
    if (current == null || current.delegate() != keys) {
      current = proxies.wrap(keys);
    }
    return current;
  }
}
