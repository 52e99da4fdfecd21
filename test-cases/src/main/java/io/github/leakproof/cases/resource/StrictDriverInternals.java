// OPTIONS: Leakproof:Strict=driver-internals
package io.github.leakproof.cases.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Positive with Leakproof:Strict=driver-internals: the driver's own statement on its own connection
 * class, never closed (silent by default: DriversOwnStatementsOnItsConnection).
 */
public class StrictDriverInternals {
  /** The driver's connection: its statements are the driver's own class. */
  public abstract static class DriverConnection implements java.sql.Connection {
    @Override
    public abstract DriverStatement createStatement() throws SQLException;
  }

  /** The driver's statement. */
  public abstract static class DriverStatement implements Statement {}

  public static boolean supportsSavepoints(DriverConnection connection) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ResultSet rows = connection.createStatement().executeQuery("SELECT @@savepoints");
    return rows.next() && rows.getBoolean(1);
  }
}
