package io.github.leakproof.spotbugs.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A check's answer for one call: the fate of the receiver and of each argument, and what the result
 * is: a new obligation (then {@code opens} names it for messages, e.g. {@code FileInputStream}; it may
 * be {@code dependent} on a borrowed receiver, and have a {@code pairedRelease}), a {@code child} of
 * the receiver (derived from it: closed with it, handed on with it), maybe the receiver itself ({@code
 * returnsReceiver}: {@code writer.append(x)}), and whatever it took over.
 */
public record CallOutcome(
    Fate receiver, List<Fate> arguments, String opens, boolean dependent, String pairedRelease, boolean child,
    boolean returnsReceiver, Boolean closedWhen) {
  /** A call that borrows everything and gives nothing to release. */
  public static CallOutcome borrows(Call call) {
    return new CallOutcome(
        Fate.BORROWED, Collections.nCopies(call.arguments().size(), Fate.BORROWED), null, false, null, false, false,
        null);
  }

  public CallOutcome withReceiver(Fate fate) {
    return new CallOutcome(fate, arguments, opens, dependent, pairedRelease, child, returnsReceiver, closedWhen);
  }

  public CallOutcome withArgument(int index, Fate fate) {
    List<Fate> changed = new ArrayList<>(arguments);
    changed.set(index, fate);
    return new CallOutcome(receiver, List.copyOf(changed), opens, dependent, pairedRelease, child, returnsReceiver, closedWhen);
  }

  /** Every argument that holds something gets {@code fate}. */
  public CallOutcome withEveryArgument(Fate fate) {
    return new CallOutcome(receiver, Collections.nCopies(arguments.size(), fate), opens, dependent, pairedRelease, child, returnsReceiver, closedWhen);
  }

  /** The result is a new obligation, named {@code what}. */
  public CallOutcome opening(String what) {
    return new CallOutcome(receiver, arguments, what, false, null, false, returnsReceiver, closedWhen);
  }

  /** A new obligation, closed with the borrowed receiver it came from: its exception paths are the owner's. */
  public CallOutcome openingDependent(String what) {
    return new CallOutcome(receiver, arguments, what, true, null, false, returnsReceiver, closedWhen);
  }

  /** The new obligation is also released by a call named {@code release}, whatever it is called on. */
  public CallOutcome pairedWith(String release) {
    return new CallOutcome(receiver, arguments, opens, dependent, release, child, returnsReceiver, closedWhen);
  }

  /** The result is released with the receiver, which this method tracks. */
  public CallOutcome childOfReceiver() {
    return new CallOutcome(receiver, arguments, null, false, null, true, returnsReceiver, closedWhen);
  }

  /**
   * The result answers whether the receiver is closed ({@code isClosed()}: closed when {@code true};
   * {@code isOpen()}: closed when {@code false}).
   */
  public CallOutcome tellsClosed(boolean when) {
    return new CallOutcome(receiver, arguments, opens, dependent, pairedRelease, child, returnsReceiver, when);
  }

  /** The result may be the receiver itself ({@code channel.position(0)}, {@code stream.filter(…)}). */
  public CallOutcome mayReturnReceiver() {
    return new CallOutcome(receiver, arguments, opens, dependent, pairedRelease, child, true, closedWhen);
  }
}
