package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.mustcall.qual.MustCallAlias;

/**
 * Negative: a pluggable decorator (metering, decryption) says with @MustCallAlias that closing what
 * it returns closes the stream it is given; the decorated stream is closed by try-with-resources.
 */
public class MustCallAliasDecoratorClosed {
  /** Wraps a stream; the wrapper closes the stream it wraps. */
  interface StreamDecorator {
    @MustCallAlias InputStream decorate(@MustCallAlias InputStream raw);
  }

  private final StreamDecorator metering;

  public MustCallAliasDecoratorClosed(StreamDecorator metering) {
    this.metering = metering;
  }

  public long size(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try (InputStream in = metering.decorate(raw)) {
      return in.readAllBytes().length;
    }
  }
}
