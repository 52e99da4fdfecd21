package io.github.leakproof.errorprone.common;

import com.google.errorprone.ErrorProneFlags;
import io.github.leakproof.model.LeakproofOptions;

/** Reads Leakproof's options from Error Prone's {@code -XepOpt:Leakproof:<Name>=<value>} flags. */
public final class Options {
  private Options() {}

  /**
   * @throws io.github.leakproof.model.InvalidOptionException naming the option, for a bad value
   */
  public static LeakproofOptions from(ErrorProneFlags flags) {
    return LeakproofOptions.parse(flags.getFlagsMap());
  }
}
