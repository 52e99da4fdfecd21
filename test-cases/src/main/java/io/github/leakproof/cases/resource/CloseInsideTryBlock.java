package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Logger;

/** Positive: close() sits in the try block, so when load() throws, the catch logs and the stream stays open. */
public class CloseInsideTryBlock {
  private static final Logger LOG = Logger.getLogger(CloseInsideTryBlock.class.getName());

  public static Properties loadOrEmpty(File file) {
    Properties properties = new Properties();
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      InputStream in = new FileInputStream(file);
      properties.load(in);
      in.close();
    } catch (IOException e) {
      LOG.warning("cannot read " + file + ": " + e);
    }
    return properties;
  }
}
