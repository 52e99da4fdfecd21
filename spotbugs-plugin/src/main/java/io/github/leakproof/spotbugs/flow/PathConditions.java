package io.github.leakproof.spotbugs.flow;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The conditions an {@link ObligationFrame} knows: those that hold on every path to here, and for
 * each open site those that hold on every path where it is open. On a branch where a condition has
 * one value, a site opened only where it had the other value cannot be open.
 */
final class PathConditions {
  private final Map<Condition, Boolean> known = new HashMap<>();
  private final Map<Integer, Map<Condition, Boolean>> whileOpen = new HashMap<>();
  private final Map<Integer, Map<Condition, Boolean>> atOpening = new HashMap<>();

  /** A site is opened here: it is open where what is known now holds. */
  void opened(int site) {
    whileOpen.put(site, new HashMap<>(known));
    atOpening.put(site, new HashMap<>(known));
  }

  void closed(int site) {
    whileOpen.remove(site);
    atOpening.remove(site);
  }

  /**
   * What was learnt about the open {@code site} after it was opened, on every path where it is open:
   * {@code closeResources == false} when a flag the method was given decides whether it closes.
   */
  Map<Condition, Boolean> learntSinceOpened(int site) {
    Map<Condition, Boolean> learnt = new HashMap<>(whileOpen.getOrDefault(site, Map.of()));
    Map<Condition, Boolean> before = atOpening.getOrDefault(site, Map.of());
    learnt.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
    return learnt;
  }

  /**
   * The branch where {@code condition} has {@code value}: remembered; returns the open sites that
   * were open only where it had the other value.
   */
  BitSet assume(Condition condition, boolean value, BitSet open) {
    known.put(condition, value);
    BitSet impossible = new BitSet();
    for (int site = open.nextSetBit(0); site >= 0; site = open.nextSetBit(site + 1)) {
      Map<Condition, Boolean> conditions = whileOpen.computeIfAbsent(site, s -> new HashMap<>());
      Boolean before = conditions.get(condition);
      if (before != null && before != value) {
        impossible.set(site);
      } else {
        conditions.put(condition, value);
      }
    }
    return impossible;
  }

  /** {@code subject} is assigned: nothing known about it holds any more. */
  void forget(Object subject) {
    known.keySet().removeIf(c -> c.subject().equals(subject));
    whileOpen.values().forEach(conditions -> conditions.keySet().removeIf(c -> c.subject().equals(subject)));
  }

  /** {@code subject} is assigned a constant: from here on {@code condition} has {@code value}, wherever anything is open. */
  void set(Condition condition, boolean value) {
    forget(condition.subject());
    known.put(condition, value);
    whileOpen.values().forEach(conditions -> conditions.put(condition, value));
  }

  /**
   * Where paths meet: known if known alike on both; for a site open on both, its conditions known
   * alike on both; for a site open on one only, that one's.
   */
  void merge(PathConditions other, BitSet openHere, BitSet openThere) {
    known.entrySet().removeIf(e -> !Objects.equals(other.known.get(e.getKey()), e.getValue()));
    BitSet both = (BitSet) openHere.clone();
    both.and(openThere);
    for (int site = openThere.nextSetBit(0); site >= 0; site = openThere.nextSetBit(site + 1)) {
      if (both.get(site)) {
        intersect(whileOpen, other.whileOpen, site);
        intersect(atOpening, other.atOpening, site);
      } else {
        whileOpen.put(site, new HashMap<>(other.whileOpen.getOrDefault(site, Map.of())));
        atOpening.put(site, new HashMap<>(other.atOpening.getOrDefault(site, Map.of())));
      }
    }
  }

  private static void intersect(
      Map<Integer, Map<Condition, Boolean>> mine, Map<Integer, Map<Condition, Boolean>> theirs, int site) {
    Map<Condition, Boolean> other = theirs.getOrDefault(site, Map.of());
    mine.computeIfAbsent(site, s -> new HashMap<>())
        .entrySet()
        .removeIf(e -> !Objects.equals(other.get(e.getKey()), e.getValue()));
  }

  void copyFrom(PathConditions other) {
    known.clear();
    known.putAll(other.known);
    whileOpen.clear();
    other.whileOpen.forEach((site, conditions) -> whileOpen.put(site, new HashMap<>(conditions)));
    atOpening.clear();
    other.atOpening.forEach((site, conditions) -> atOpening.put(site, new HashMap<>(conditions)));
  }

  void clear() {
    known.clear();
    whileOpen.clear();
    atOpening.clear();
  }

  /** Only the open sites' conditions count: a closed site's stale entry does not make frames differ. */
  boolean sameAs(PathConditions other, BitSet open) {
    if (!known.equals(other.known)) {
      return false;
    }
    for (int site = open.nextSetBit(0); site >= 0; site = open.nextSetBit(site + 1)) {
      if (!whileOpen.getOrDefault(site, Map.of()).equals(other.whileOpen.getOrDefault(site, Map.of()))
          || !atOpening.getOrDefault(site, Map.of()).equals(other.atOpening.getOrDefault(site, Map.of()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return known + " " + whileOpen;
  }
}
