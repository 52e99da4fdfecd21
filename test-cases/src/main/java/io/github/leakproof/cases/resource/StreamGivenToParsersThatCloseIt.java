package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Negative (Apache Ivy's module descriptor parsers): the stream is handed to an interface method whose
 * contract says it closes the stream, and every implementation of the program does, in a finally. What
 * every implementation does with a parameter, the interface method does.
 */
public class StreamGivenToParsersThatCloseIt {
  /** A descriptor parser: {@code toText} MUST close the given stream. */
  public interface DescriptorParser {
    String toText(InputStream in) throws IOException;
  }

  /** The XML descriptor parser. */
  public static final class XmlParser implements DescriptorParser {
    @Override
    public String toText(InputStream in) throws IOException {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } finally {
        in.close();
      }
    }
  }

  /** The POM parser. */
  public static final class PomParser implements DescriptorParser {
    @Override
    public String toText(InputStream in) throws IOException {
      try (in) {
        return "pom:" + in.available();
      }
    }
  }

  public static String convert(DescriptorParser parser, String file) throws IOException {
    return parser.toText(new FileInputStream(file));
  }
}
