package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.util.Properties;

/** Positive: a class-path resource opened with getResourceAsStream is loaded and never closed. */
public class ResourceAsStreamNotClosed {
  public Properties defaults() throws IOException {
    Properties properties = new Properties();
    // BUG: Diagnostic contains: ResourceNotClosed
    properties.load(getClass().getResourceAsStream("/defaults.properties"));
    return properties;
  }
}
