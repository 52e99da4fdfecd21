package io.github.leakproof.model;

import java.util.Map;

/**
 * Options parsed without throwing: the values, or the defaults and the problem. Analysers create
 * checks reflectively and turn a constructor's exception into a crash, so a front end keeps the
 * problem and reports it its own way.
 *
 * @param values the options; the defaults when one is bad
 * @param problem the first bad option, or null
 */
public record ParsedOptions(LeakproofOptions values, InvalidOptionException problem) {
  public static ParsedOptions parse(Map<String, String> raw) {
    try {
      return new ParsedOptions(LeakproofOptions.parse(raw), null);
    } catch (InvalidOptionException e) {
      return new ParsedOptions(LeakproofOptions.defaults(), e);
    }
  }

  public boolean isValid() {
    return problem == null;
  }
}
