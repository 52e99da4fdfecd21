package io.github.leakproof.cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Negative (the shape of MariaDB's and PostgreSQL's drivers and H2's engine): code that implements JDBC
 * runs its own queries on its own connection class, and makes connection views over a session, without
 * closing them. What such an object holds is decided by the driver's own classes (a text-protocol
 * statement or a view over a session holds nothing; a native statement does), which Leakproof does not
 * read, so the program's own JDBC objects are reported only with Leakproof:Strict=driver-internals
 * (StrictDriverInternals). JDBC used through the interfaces, in a driver too, is judged as always
 * (StatementOnCallersConnectionInDriver).
 */
public class DriversOwnStatementsOnItsConnection {
  /** The driver's connection: its statements are the driver's own class. */
  public abstract static class DriverConnection implements Connection {
    @Override
    public abstract DriverStatement createStatement() throws SQLException;
  }

  /** The driver's text-protocol statement. */
  public abstract static class DriverStatement implements Statement {}

  /** The engine's session, which hands out connection views over itself. */
  public abstract static class Session {
    public abstract DriverConnection createConnection(boolean columnList);
  }

  private final DriverConnection connection;

  public DriversOwnStatementsOnItsConnection(DriverConnection connection) {
    this.connection = connection;
  }

  /** Metadata: a query on the driver's own connection, its statement left to the driver. */
  public boolean supportsSavepoints() throws SQLException {
    ResultSet rows = connection.createStatement().executeQuery("SELECT @@savepoints");
    return rows.next() && rows.getBoolean(1);
  }

  /** A value conversion through a connection view over the caller's session, which the session outlives. */
  public static String convert(Session session, Object value) throws SQLException {
    DriverConnection view = session.createConnection(false);
    return view.nativeSQL(String.valueOf(value));
  }
}
