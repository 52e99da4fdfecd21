package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.commons.io.IOUtils;

/** Negative: commons-io's IOUtils.closeQuietly in finally closes the stream. */
public class CommonsIoCloseQuietly {
  public static Properties load(File file) throws IOException {
    Properties properties = new Properties();
    InputStream in = new FileInputStream(file);
    try {
      properties.load(in);
    } finally {
      IOUtils.closeQuietly(in);
    }
    return properties;
  }
}
