package io.github.leakproof.cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Positive: the stream goes to an interface method, and one of its implementations reads it without
 * closing it: the interface method closes it only if every implementation does
 * (StreamGivenToParsersThatCloseIt), so the caller's stream is left open.
 */
public class StreamGivenToParserThatKeepsItOpen {
  /** A descriptor parser. */
  public interface DescriptorParser {
    String toText(InputStream in) throws IOException;
  }

  /** Closes what it reads. */
  public static final class ClosingParser implements DescriptorParser {
    @Override
    public String toText(InputStream in) throws IOException {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Reads and leaves the stream to the caller. */
  public static final class ReadingParser implements DescriptorParser {
    @Override
    public String toText(InputStream in) throws IOException {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static String convert(DescriptorParser parser, String file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    return parser.toText(new FileInputStream(file));
  }
}
