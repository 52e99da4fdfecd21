package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Positive: initializer blocks are bodies too. The static one loads the defaults from a class-path
 * resource and never closes the stream; the instance one reads a file that stays open when {@code
 * load} throws.
 */
public class InitializerBlocksLeaveStreamOpen {
  private static final Properties DEFAULTS = new Properties();
  private final Properties local = new Properties();

  static {
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      InputStream in = InitializerBlocksLeaveStreamOpen.class.getResourceAsStream("/defaults.properties");
      if (in != null) {
        DEFAULTS.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  {
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      FileInputStream in = new FileInputStream("local.properties");
      local.load(in);
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String get(String key) {
    return local.getProperty(key, DEFAULTS.getProperty(key));
  }
}
