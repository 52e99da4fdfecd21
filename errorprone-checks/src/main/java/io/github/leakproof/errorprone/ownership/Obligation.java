package io.github.leakproof.errorprone.ownership;

import com.sun.source.tree.Tree;

/**
 * Something acquired in the analysed method that must be released before the method ends: an open
 * resource or a running thread pool.
 *
 * @param acquisition the expression that acquired it (identity: one obligation per site)
 * @param kind what it is, which decides what releases it
 * @param description how findings name it, e.g. {@code FileInputStream}
 * @param dependent true for a resource closed together with the object it came from (a result set of
 *     a statement the caller owns, any JDBC statement or result set): its parent's close covers an
 *     exception path
 * @param pairedRelease for a resource from {@code openX()}, the name {@code closeX}: a call of that
 *     name releases it (a reference-counted {@code openJarFile()}/{@code closeJarFile()} pair); else null
 * @param earlier true for the instance acquired on an earlier pass (of a loop) that was still open
 *     when the same expression acquired the next one: nothing can release it any more
 */
public record Obligation(
    Tree acquisition, Kind kind, String description, boolean dependent, String pairedRelease, boolean earlier) {
  public Obligation(Tree acquisition, Kind kind, String description, boolean dependent, String pairedRelease) {
    this(acquisition, kind, description, dependent, pairedRelease, false);
  }

  Obligation earlierInstance() {
    return new Obligation(acquisition, kind, description, dependent, pairedRelease, true);
  }

  /** What an obligation is. */
  public enum Kind {
    /** An object owning an OS resource: released by {@code close()} and its synonyms. */
    RESOURCE,
    /** A thread pool: released by {@code shutdown()}, {@code shutdownNow()} or {@code close()}. */
    POOL
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Obligation that
        && acquisition == that.acquisition
        && kind == that.kind
        && earlier == that.earlier;
  }

  @Override
  public int hashCode() {
    return (System.identityHashCode(acquisition) * 31 + kind.hashCode()) * 2 + (earlier ? 1 : 0);
  }
}
