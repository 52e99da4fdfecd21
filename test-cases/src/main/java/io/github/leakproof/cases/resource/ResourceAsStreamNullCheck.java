package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Negative: a class-path resource in try-with-resources, with the usual check for a missing resource. */
public class ResourceAsStreamNullCheck {
  public Properties defaults() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/defaults.properties")) {
      if (in == null) {
        throw new IOException("defaults.properties is missing from the class path");
      }
      properties.load(in);
    }
    return properties;
  }
}
