package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Negative: initializer blocks that close what they open, or keep it in a field. */
public class InitializerBlocksCloseStream {
  private static final Properties DEFAULTS = new Properties();
  private final InputStream template;

  static {
    try (InputStream in = InitializerBlocksCloseStream.class.getResourceAsStream("/defaults.properties")) {
      if (in != null) {
        DEFAULTS.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  {
    template = InitializerBlocksCloseStream.class.getResourceAsStream("/template.txt");
  }

  public InputStream template() {
    return template;
  }

  public String get(String key) {
    return DEFAULTS.getProperty(key);
  }
}
