package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;

/** Support for the CloseMethods cases: a project's closing helper whose name does not say so. */
public interface StreamFinisher {
  /** Records the stream's statistics and closes it. */
  void finish(InputStream in) throws IOException;
}
