package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Positive: the driver reads the stream when the statement runs, but never closes it. */
public class StreamGivenToJdbcSetter {
  public static void storeAttachment(Connection connection, long id, File file) throws SQLException, IOException {
    try (PreparedStatement insert = connection.prepareStatement("insert into attachment values (?, ?)")) {
      insert.setLong(1, id);
      // BUG: Diagnostic contains: ResourceNotClosed
      insert.setBinaryStream(2, new FileInputStream(file), file.length());
      insert.executeUpdate();
    }
  }
}
