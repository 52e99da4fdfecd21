package io.github.leakproof.corpus;

import java.util.Map;

/**
 * One expected finding: the check it names, the line it is expected on, what that line declares
 * (a field, for findings that bytecode cannot place on a line), and the front ends that cannot see it.
 *
 * @param line the 1-based line after the {@code // BUG:} marker
 * @param markerLine the 1-based line of the marker itself
 * @param check the check name the marker gives (the Error Prone spelling)
 * @param field the field declared on {@code line}, or null
 * @param unseenBy front ends that cannot see this finding, each with the case's reason
 */
public record Expectation(
    int line, int markerLine, String check, DeclaredField field, Map<FrontEnd, String> unseenBy) {

  public boolean isSeenBy(FrontEnd frontEnd) {
    return !unseenBy.containsKey(frontEnd);
  }
}
