package io.github.leakproof.spotbugs.flow;

/** What a call does with one of its operands' obligations. */
public enum Fate {
  /** Uses it and gives it back: the obligation stays ({@code props.load(in)}). */
  BORROWED,
  /** Releases it: {@code in.close()}, {@code IOUtils.closeQuietly(in)}, {@code pool.shutdown()}. */
  RELEASED,
  /** Keeps it: someone else releases it now ({@code list.add(in)}, a constructor that stores it). */
  HANDED_ON,
  /** The call's result takes it over: releasing the result releases it ({@code new BufferedReader(in)}). */
  MOVED,
  /**
   * Uses it, and closes it if the call fails: its exception is no path on which it leaks ({@code
   * socket.connect(address)}); after a normal return it stays open.
   */
  CLOSED_IF_IT_FAILS,
  /**
   * Uses it, and cannot fail while it is open: the call's exception is no path at all ({@code
   * socket.setSoTimeout(ms)} on a socket the method holds open).
   */
  CANNOT_FAIL_WHILE_OPEN
}
