package io.github.leakproof.cases.resource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Negative: the user's file if there is one, else built-in defaults, either way closed by try-with-resources. */
public class ConditionalOpenInTryWithResources {
  private static final byte[] DEFAULTS = "color=auto\n".getBytes(StandardCharsets.ISO_8859_1);

  public static Properties settings(File userFile) throws IOException {
    Properties settings = new Properties();
    try (InputStream in = userFile.isFile() ? new FileInputStream(userFile) : new ByteArrayInputStream(DEFAULTS)) {
      settings.load(in);
    }
    return settings;
  }
}
