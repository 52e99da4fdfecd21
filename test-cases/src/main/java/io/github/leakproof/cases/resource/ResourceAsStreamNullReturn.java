package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Negative: a missing resource (null) needs no close; a found one is closed by try-with-resources. */
public class ResourceAsStreamNullReturn {
  public static Optional<String> template(String name) throws IOException {
    InputStream in = ResourceAsStreamNullReturn.class.getResourceAsStream("/templates/" + name);
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
