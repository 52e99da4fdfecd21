package io.github.leakproof.spotbugs.flow;

import java.util.BitSet;
import java.util.Objects;

/**
 * What one local variable or operand-stack slot may hold, as far as obligations go: the {@link
 * Sites} whose object it may be (several after a merge) — what closing it releases —; the sites it
 * was derived from (a statement of a tracked connection: closing it releases nothing of them, but
 * handing it on hands them on too, and while it is held they are not lost); whether it is the constant {@code null} or a
 * known zero or non-zero number, for an object from {@code new} whose constructor has not run yet
 * that {@code new}'s offset, and for a value just loaded the {@link Condition#subject() subject} it was
 * loaded from (a local slot, or a field of {@code this}), which a branch on it tells about. Immutable.
 */
public final class Held {
  /** Nothing tracked: a primitive, a borrowed object, a return value that owns nothing. */
  public static final Held NOTHING = new Held(new BitSet(), new BitSet(), false, -1, null, null);

  /** The constant {@code null}. */
  public static final Held NULL = new Held(new BitSet(), new BitSet(), true, -1, null, null);

  static final Held ZERO = new Held(new BitSet(), new BitSet(), false, -1, null, Boolean.FALSE);
  static final Held NON_ZERO = new Held(new BitSet(), new BitSet(), false, -1, null, Boolean.TRUE);

  private final BitSet sites;
  private final BitSet parents;
  private final boolean isNull;
  private final int newPc;
  private final Object origin;
  private final Boolean truth;
  private final BitSet statusOf;
  private final boolean closedWhen;
  private final Held nullQueryOf;
  private final boolean nullWhenTrue;

  private Held(BitSet sites, BitSet parents, boolean isNull, int newPc, Object origin, Boolean truth) {
    this(sites, parents, isNull, newPc, origin, truth, new BitSet(), false);
  }

  private Held(
      BitSet sites, BitSet parents, boolean isNull, int newPc, Object origin, Boolean truth, BitSet statusOf,
      boolean closedWhen) {
    this(sites, parents, isNull, newPc, origin, truth, statusOf, closedWhen, null, false);
  }

  private Held(
      BitSet sites, BitSet parents, boolean isNull, int newPc, Object origin, Boolean truth, BitSet statusOf,
      boolean closedWhen, Held nullQueryOf, boolean nullWhenTrue) {
    this.nullQueryOf = nullQueryOf;
    this.nullWhenTrue = nullWhenTrue;
    this.sites = sites;
    this.parents = parents;
    this.isNull = isNull;
    this.newPc = newPc;
    this.origin = origin;
    this.truth = truth;
    this.statusOf = statusOf;
    this.closedWhen = closedWhen;
  }

  /**
   * The answer of {@code resource.isClosed()} (or {@code isOpen()}): where it is {@code closedWhen},
   * the objects of {@code sites} are closed already.
   */
  static Held status(BitSet sites, boolean closedWhen) {
    return new Held(new BitSet(), new BitSet(), false, -1, null, null, (BitSet) sites.clone(), closedWhen);
  }

  /**
   * The answer of a null query on {@code tested} ({@code Objects.isNull(x)} when {@code nullWhenTrue},
   * {@code Objects.nonNull(x)} otherwise): a branch on it is a branch on {@code tested == null}.
   */
  static Held nullQuery(Held tested, boolean nullWhenTrue) {
    return new Held(new BitSet(), new BitSet(), false, -1, null, null, new BitSet(), false, tested, nullWhenTrue);
  }

  /** For the answer of a null query: the value it tests; else null. */
  Held nullQueryOf() {
    return nullQueryOf;
  }

  /** For the answer of a null query: the answer that means "null". */
  boolean nullWhenTrue() {
    return nullWhenTrue;
  }

  /** For the answer of a status query: the sites it tells about (a copy); else empty. */
  BitSet statusOf() {
    return (BitSet) statusOf.clone();
  }

  /** For the answer of a status query: the answer that means "closed". */
  boolean closedWhen() {
    return closedWhen;
  }

  /** The object of site {@code site}. */
  public static Held site(int site) {
    BitSet one = new BitSet();
    one.set(site);
    return new Held(one, new BitSet(), false, -1, null, null);
  }

  /** An object that may be the object of any of {@code sites}. */
  public static Held of(BitSet sites) {
    return of(sites, new BitSet());
  }

  /** An object that may be the object of any of {@code sites}, derived from {@code parents}. */
  public static Held of(BitSet sites, BitSet parents) {
    return sites.isEmpty() && parents.isEmpty()
        ? NOTHING
        : new Held((BitSet) sites.clone(), (BitSet) parents.clone(), false, -1, null, null);
  }

  /** The object {@code new} at {@code pc} made, before its constructor ran. */
  static Held uninitialised(int pc) {
    return new Held(new BitSet(), new BitSet(), false, pc, null, null);
  }

  /** The same value, loaded from {@code origin} (a local slot as an {@code Integer}, or a field of this), or from nowhere known. */
  Held from(Object origin) {
    return Objects.equals(origin, this.origin)
        ? this
        : new Held(sites, parents, isNull, newPc, origin, truth, statusOf, closedWhen, nullQueryOf, nullWhenTrue);
  }

  /** The sites this may be the object of — what closing it releases (a copy). */
  public BitSet sites() {
    return (BitSet) sites.clone();
  }

  /** The sites this was derived from (a copy). */
  public BitSet parents() {
    return (BitSet) parents.clone();
  }

  /** What handing this on hands on: its sites and what it was derived from (a copy). */
  public BitSet all() {
    BitSet all = (BitSet) sites.clone();
    all.or(parents);
    return all;
  }

  /** True if this is (or was derived from) something the analysis follows. */
  public boolean holdsAny() {
    return !sites.isEmpty() || !parents.isEmpty();
  }

  /** True if {@code site} is reachable from this value: its own, or one it was derived from. */
  public boolean holds(int site) {
    return sites.get(site) || parents.get(site);
  }

  public boolean isNull() {
    return isNull;
  }

  /** The offset of the {@code new} that made this not yet constructed object, or -1. */
  int newPc() {
    return newPc;
  }

  /** Where this value was just loaded from, or null. */
  Object origin() {
    return origin;
  }

  /** For a constant number: whether it is non-zero; else null. */
  Boolean truth() {
    return truth;
  }

  /** What a slot may hold where two paths meet. */
  static Held merge(Held a, Held b) {
    if (a.equals(b)) {
      return a;
    }
    BitSet union = (BitSet) a.sites.clone();
    union.or(b.sites);
    BitSet parentUnion = (BitSet) a.parents.clone();
    parentUnion.or(b.parents);
    boolean sameStatus = a.statusOf.equals(b.statusOf) && a.closedWhen == b.closedWhen;
    boolean sameQuery = Objects.equals(a.nullQueryOf, b.nullQueryOf) && a.nullWhenTrue == b.nullWhenTrue;
    return new Held(
        union,
        parentUnion,
        a.isNull && b.isNull,
        a.newPc == b.newPc ? a.newPc : -1,
        Objects.equals(a.origin, b.origin) ? a.origin : null,
        Objects.equals(a.truth, b.truth) ? a.truth : null,
        sameStatus ? a.statusOf : new BitSet(),
        sameStatus && a.closedWhen,
        sameQuery ? a.nullQueryOf : null,
        sameQuery && a.nullWhenTrue);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Held held
        && held.isNull == isNull
        && held.newPc == newPc
        && held.sites.equals(sites)
        && held.parents.equals(parents)
        && Objects.equals(held.origin, origin)
        && Objects.equals(held.truth, truth)
        && held.statusOf.equals(statusOf)
        && held.closedWhen == closedWhen
        && Objects.equals(held.nullQueryOf, nullQueryOf)
        && held.nullWhenTrue == nullWhenTrue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sites, parents, isNull, newPc, origin, truth, statusOf, closedWhen);
  }

  @Override
  public String toString() {
    String value = isNull ? "null" : newPc >= 0 ? "new@" + newPc : sites.isEmpty() ? (truth == null ? "-" : truth ? "1" : "0") : sites.toString();
    value = parents.isEmpty() ? value : value + "^" + parents;
    return origin == null ? value : value + "<" + origin;
  }
}
