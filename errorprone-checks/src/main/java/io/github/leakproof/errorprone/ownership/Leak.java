package io.github.leakproof.errorprone.ownership;

import java.util.Set;

/**
 * An obligation still open when the method ends.
 *
 * @param obligation what was acquired
 * @param onNormalPath true if it is open when the method returns normally
 * @param ways the ways out it was seen on (returns, throwing calls, throws), in flow order
 * @param ownershipByFlag true if, on every path where it leaks, a boolean parameter or field tested
 *     after the acquisition decided not to close it ({@code if (closeResources) …}): the caller chose
 *     who owns it
 * @param caught true if it is open at a normal exit (or the next pass of a loop) only on paths through
 *     an exception the method catches: that exception is what leaks it
 */
public record Leak(
    Obligation obligation, boolean onNormalPath, Set<PathOut> ways, boolean ownershipByFlag, boolean caught) {
  /**
   * The exception that leaks it: for one that leaves the method, the last throwing call or {@code
   * throw} seen on the way (a failure inside cleanup code comes after the one that led there); for one
   * the method catches, the first (what follows the catch only runs because of it); or null.
   */
  public PathOut lastException() {
    PathOut last = null;
    for (PathOut way : ways) {
      if (way.isExceptional()) {
        last = way;
        if (caught) {
          break;
        }
      }
    }
    return last;
  }

  /** The first {@code return} it leaks through, if any. */
  public PathOut firstReturn() {
    return ways.stream().filter(w -> w.how() == PathOut.How.RETURN).findFirst().orElse(null);
  }

  /** True if it leaks only when an exception leaves the method: no return, no loop reopening it. */
  public boolean onlyOnException() {
    return !onNormalPath && reacquired() == null;
  }

  /** Where the same expression acquired again while an earlier instance was open, if it did. */
  public PathOut reacquired() {
    return ways.stream().filter(w -> w.how() == PathOut.How.REACQUIRED).findFirst().orElse(null);
  }

  /** Two leaks of the same expression (an earlier loop instance and the last one) as one. */
  Leak merge(Leak other) {
    Set<PathOut> all = new java.util.LinkedHashSet<>(ways);
    all.addAll(other.ways);
    Obligation current = obligation.earlier() ? other.obligation : obligation;
    return new Leak(
        current,
        onNormalPath || other.onNormalPath || reacquired() != null || other.reacquired() != null,
        all,
        ownershipByFlag && other.ownershipByFlag,
        caught || other.caught);
  }
}
