package io.github.leakproof.spotbugs.flow;

import java.util.BitSet;

/**
 * What one instruction does to obligations, given what its operands hold.
 *
 * <p>{@code released}, {@code handedOn} and {@code moved} are the sites of the operands with that
 * {@link Fate} (for those handed on, with what they were derived from). {@code result} is what
 * the instruction pushes (null: the stack is modelled as usual), {@code opened} the site of a new
 * obligation (or -1), and for a constructor {@code newPc} the {@code new} whose object it built.
 * {@code isRelease} is true for a call that releases something, tracked or not ({@code rows.close()}).
 * {@code closedIfItFails}: the sites the instruction closes only when it throws ({@code socket.connect(a)}).
 * {@code cannotFail}: true for a call that cannot fail because what it is called on is held open ({@code
 * socket.setSoTimeout(ms)}): its exception edges are no way out.
 */
public record Effect(
    BitSet released, BitSet handedOn, BitSet moved, BitSet closedIfItFails, Held result, int opened, int newPc,
    boolean isRelease, boolean cannotFail) {
  static Effect handingOn(Held value) {
    return new Effect(new BitSet(), value.all(), new BitSet(), new BitSet(), null, -1, -1, false, false);
  }

  static Effect pushing(Held value) {
    return new Effect(new BitSet(), new BitSet(), new BitSet(), new BitSet(), value, -1, -1, false, false);
  }

  /** The sites whose obligation ends when the instruction throws: what an exception from it discharges. */
  public BitSet discharged() {
    BitSet all = (BitSet) released.clone();
    all.or(handedOn);
    all.or(moved);
    all.or(closedIfItFails);
    return all;
  }

  /** The sites whose obligation ends when the instruction completes normally. */
  BitSet dischargedNormally() {
    BitSet all = (BitSet) released.clone();
    all.or(handedOn);
    return all;
  }
}
