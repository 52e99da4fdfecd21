package io.github.leakproof.cases.resource;

import java.io.Writer;
import org.checkerframework.checker.mustcall.qual.MustCall;

/**
 * Negative: an in-memory Writer declares with @MustCall({}) that it holds nothing to release, so
 * the template renderer never closes it.
 */
public class MustCallNothingWriter {
  /** Collects text in memory; close() does nothing. */
  @MustCall({})
  static final class TextBuffer extends Writer {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public TextBuffer append(CharSequence chars) {
      text.append(chars);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  public static String render(String name, int count) {
    TextBuffer out = new TextBuffer();
    out.append("Hello, ").append(name).append(": ").append(String.valueOf(count)).append(" new messages");
    return out.toString();
  }
}
