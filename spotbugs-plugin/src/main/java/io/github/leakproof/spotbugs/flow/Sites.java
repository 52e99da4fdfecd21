package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.XField;
import io.github.leakproof.spotbugs.flow.Site.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sites of one method's analysis, numbered in the order the analysis meets them. */
public final class Sites {
  private final List<Site> sites = new ArrayList<>();
  private final Map<Object, Integer> numbers = new HashMap<>();

  /** The site of the object made at {@code pc}. */
  public int acquired(int pc, String what, boolean dependent, String pairedRelease) {
    return number("pc" + pc, new Site(Kind.ACQUIRED, pc, what, null, -1, dependent, pairedRelease));
  }

  /** The site of parameter {@code index} (0 = first declared parameter). */
  public int parameter(int index) {
    return number("param" + index, new Site(Kind.PARAMETER, -1, null, null, index, false, null));
  }

  /** The site of the object read from {@code field}. */
  public int field(XField field) {
    return number(field, new Site(Kind.FIELD, -1, null, field, -1, false, null));
  }

  /** The acquired sites released by a call named {@code name} whatever it is called on (their paired release). */
  public BitSet pairedWith(String name) {
    BitSet paired = new BitSet();
    for (int site = 0; site < sites.size(); site++) {
      if (name.equals(sites.get(site).pairedRelease())) {
        paired.set(site);
      }
    }
    return paired;
  }

  public Site get(int number) {
    return sites.get(number);
  }

  public boolean is(int number, Kind kind) {
    return number < sites.size() && sites.get(number).kind() == kind;
  }

  /** The members of {@code set} of one kind. */
  public BitSet only(BitSet set, Kind kind) {
    BitSet result = new BitSet();
    for (int site = set.nextSetBit(0); site >= 0; site = set.nextSetBit(site + 1)) {
      if (is(site, kind)) {
        result.set(site);
      }
    }
    return result;
  }

  /**
   * True if {@code held} may be an object this method tracks: one it made, a child of one, or (when
   * following parameters) a parameter.
   */
  public boolean isTracked(Held held) {
    BitSet set = held.all();
    for (int site = set.nextSetBit(0); site >= 0; site = set.nextSetBit(site + 1)) {
      if (!is(site, Kind.FIELD)) {
        return true;
      }
    }
    return false;
  }

  private int number(Object key, Site site) {
    return numbers.computeIfAbsent(
        key,
        k -> {
          sites.add(site);
          return sites.size() - 1;
        });
  }
}
