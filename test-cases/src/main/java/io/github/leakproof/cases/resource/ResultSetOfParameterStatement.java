package io.github.leakproof.cases.resource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Positive: the caller keeps its statement open, so the result set opened here must be closed here. */
public class ResultSetOfParameterStatement {
  public static long count(PreparedStatement countQuery) throws SQLException {
    // BUG: Diagnostic contains: ResourceNotClosed
    ResultSet rows = countQuery.executeQuery();
    return rows.next() ? rows.getLong(1) : 0;
  }
}
