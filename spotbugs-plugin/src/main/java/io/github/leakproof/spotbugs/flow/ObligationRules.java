package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.XField;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;

/**
 * A check's knowledge, as the analysis asks for it: which calls make a new obligation, release one,
 * take one over, and which exceptions leave one behind. What every check agrees on (returning,
 * storing in a field or array, capturing in a lambda hands an object on) is the analysis's own.
 */
public interface ObligationRules {
  /** What a method call (not a constructor) does with its operands, and whether its result must be released. */
  CallOutcome call(Call call, Sites sites);

  /**
   * What a constructor call does: {@link Call#buildsNewObject()} tells {@code new T(…)} from {@code
   * this(…)}/{@code super(…)}. The receiver's fate is ignored: the new object is the result.
   */
  CallOutcome construction(Call call, Sites sites);

  /**
   * True if calling {@code methodName} on a held object releases it. A bound method reference to any
   * other method ({@code jobs.forEach(pool::execute)}, {@code lines.forEach(out::println)}) only uses
   * its receiver, which stays the method's to release; one to a release ({@code pool::shutdown}) hands
   * it on to whoever calls it. Unknown: treated as a release, so the reference hands it on.
   */
  default boolean releasesReceiver(String methodName) {
    return true;
  }

  /** What reading {@code field} gives: {@code Held.site(sites.field(field))} to follow the field's object. */
  default Held fieldRead(XField field, Sites sites) {
    return Held.NOTHING;
  }

  /**
   * True if an exception from {@code thrower} (a call or {@code athrow}) that goes to {@code handler}
   * (an exception handler's block, or the method's exit) leaves the open obligations open there;
   * false to ignore such exceptions altogether.
   */
  boolean exceptionCounts(InstructionHandle thrower, BasicBlock handler, MethodGen method);
}
