package io.github.leakproof.cases.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Negative: readFile(in) delegates to an overload that closes the stream through its wrapper. */
public class ClosedByOverloadItDelegatesTo {
  public static String readFile(URL url) throws IOException {
    return readFile(url.openStream());
  }

  public static String readFile(InputStream in) {
    return readFile(in, StandardCharsets.UTF_8);
  }

  public static String readFile(InputStream in, Charset charset) {
    try (BufferedInputStream buffered = new BufferedInputStream(in)) {
      return new String(buffered.readAllBytes(), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
