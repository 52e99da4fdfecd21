package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Properties;

/** Positive: Properties.load only reads the stream it is given; the stream opened inline is never closed. */
public class PropertiesLoadFromNewStream {
  public static Properties load(File file) throws IOException {
    Properties properties = new Properties();
    // BUG: Diagnostic contains: ResourceNotClosed
    properties.load(new FileInputStream(file));
    return properties;
  }
}
