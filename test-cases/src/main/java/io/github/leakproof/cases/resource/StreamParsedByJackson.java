package io.github.leakproof.cases.resource;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Negative (a filter that reloads its settings from a JSON file): Jackson's {@code readValue(InputStream, …)}
 * closes the stream it parses, on success and on failure (its {@code AUTO_CLOSE_SOURCE} feature, on by default).
 */
public class StreamParsedByJackson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @SuppressWarnings("unchecked")
  public Map<String, Object> reload(Path settings) throws IOException {
    InputStream in = Files.newInputStream(settings);
    return MAPPER.readValue(in, Map.class);
  }
}
