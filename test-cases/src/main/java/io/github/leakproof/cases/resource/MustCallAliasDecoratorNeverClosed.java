package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.mustcall.qual.MustCallAlias;

/**
 * Positive: the decorator's result stands for the stream it wraps (@MustCallAlias), and neither is
 * ever closed.
 */
public class MustCallAliasDecoratorNeverClosed {
  /** Wraps a stream; the wrapper closes the stream it wraps. */
  interface StreamDecorator {
    @MustCallAlias InputStream decorate(@MustCallAlias InputStream raw);
  }

  private final StreamDecorator metering;

  public MustCallAliasDecoratorNeverClosed(StreamDecorator metering) {
    this.metering = metering;
  }

  public int firstByte(Path file) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream raw = Files.newInputStream(file);
    InputStream in = metering.decorate(raw);
    return in.read();
  }
}
