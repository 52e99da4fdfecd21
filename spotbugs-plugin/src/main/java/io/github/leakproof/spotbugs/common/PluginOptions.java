package io.github.leakproof.spotbugs.common;

import io.github.leakproof.model.LeakproofOptions;

/**
 * Leakproof's options for the SpotBugs front end: the same {@code Leakproof:} keys as the Error Prone
 * flags, read from JVM system properties (and the file {@code Leakproof:OptionsFile} names).
 */
public final class PluginOptions {
  private PluginOptions() {}

  /**
   * @throws io.github.leakproof.model.InvalidOptionException naming the option, for a bad value
   */
  public static LeakproofOptions current() {
    return LeakproofOptions.fromSystemProperties(System.getProperties());
  }
}
