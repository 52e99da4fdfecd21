package io.github.leakproof.cases.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Negative: the result set is closed on every normal path; if reading throws, the caller's statement,
 * which it belongs to, closes it.
 */
public class ResultSetOfBorrowedStatementOnException {
  public static List<String> names(Statement statement) throws SQLException {
    ResultSet rows = statement.executeQuery("select name from users");
    List<String> names = new ArrayList<>();
    while (rows.next()) {
      names.add(rows.getString(1));
    }
    rows.close();
    return names;
  }
}
