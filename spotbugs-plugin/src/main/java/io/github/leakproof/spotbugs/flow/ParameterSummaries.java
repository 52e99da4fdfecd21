package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.MethodDescriptor;
import io.github.leakproof.model.ParameterSummary;
import io.github.leakproof.spotbugs.common.Callees;
import io.github.leakproof.spotbugs.common.Implementations;
import io.github.leakproof.spotbugs.flow.Site.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.FieldInstruction;

/**
 * Whole program: what a method of the analysed code does with its parameters, read from its body
 * with the same obligation analysis, following the parameters:
 *
 * <ul>
 *   <li>it <b>closes</b> a parameter if anywhere in its body it calls a release method on it (or on a
 *       wrapper of it), or passes it to a close helper — itself possibly such a method;
 *   <li>it <b>keeps</b> a parameter if it stores it in a field, an array or a collection, hands it to
 *       a constructor or an {@code @Owning} parameter, or captures it in a lambda;
 *   <li>it <b>returns</b> a parameter if what it returns is the parameter or a wrapper of it
 *       ({@code return new LineIterator(new InputStreamReader(in))}): the caller gets it back;
 *   <li>it keeps a parameter in a field of <b>its own object</b> ({@code this.executor = executor}): a
 *       caller on the same object that passes it a new pool gives that field the pool.
 * </ul>
 *
 * The summary itself is the model's {@link ParameterSummary}, which Error Prone fills from source.
 *
 * Passing a resource to such a method closes it, hands it on, or moves it into the result, whatever
 * the method's name. Each
 * method is read once; a method that (indirectly) calls itself is taken to do nothing through that call.
 */
public final class ParameterSummaries {
  private final ObligationRules rules;
  private final Map<MethodDescriptor, ParameterSummary> summaries = new HashMap<>();
  private final Set<MethodDescriptor> inProgress = new HashSet<>();

  /** @param rules the obligations followed (resources, pools): what counts as closing or keeping */
  public ParameterSummaries(ObligationRules rules) {
    this.rules = rules;
  }

  /** What {@code callee}, if a method of the analysed code, does with its parameters; else {@link ParameterSummary#NOTHING}. */
  public ParameterSummary of(XMethod callee) {
    if (callee == null || !Callees.isAnalysed(callee) || callee.isNative()) {
      return ParameterSummary.NOTHING;
    }
    return remembered(callee, callee.isAbstract() ? this::ofEveryImplementation : this::read);
  }

  /** Each method is summarised once; one met again while it is being summarised does nothing through that call. */
  private ParameterSummary remembered(XMethod callee, Function<XMethod, ParameterSummary> summarise) {
    MethodDescriptor key = callee.getMethodDescriptor();
    ParameterSummary known = summaries.get(key);
    if (known == null) {
      if (!inProgress.add(key)) {
        return ParameterSummary.NOTHING;
      }
      try {
        known = summarise.apply(callee);
      } finally {
        inProgress.remove(key);
      }
      summaries.put(key, known);
    }
    return known;
  }

  /** An interface's or abstract class's method: what every implementation in the analysed program does. */
  private ParameterSummary ofEveryImplementation(XMethod callee) {
    List<ParameterSummary> implementations = new ArrayList<>();
    for (XMethod implementation : Implementations.of(callee)) {
      implementations.add(of(implementation));
    }
    return ParameterSummary.ofEveryImplementation(implementations);
  }

  private ParameterSummary read(XMethod callee) {
    ParameterSummary.Builder summary = new ParameterSummary.Builder();
    try {
      ClassContext classContext =
          Global.getAnalysisCache().getClassAnalysis(ClassContext.class, callee.getClassDescriptor());
      Method method = find(classContext, callee);
      if (method == null || method.getCode() == null) {
        return ParameterSummary.NOTHING;
      }
      ObligationFlow flow = ObligationFlow.analyse(classContext, method, rules, true);
      Sites sites = flow.sites();
      flow.forEachInstruction(
          (location, before, effect, call) -> {
            if (effect == null) {
              return;
            }
            parameters(sites, effect.released(), summary::closes);
            int opcode = location.getHandle().getInstruction().getOpcode();
            if (opcode == Const.ARETURN) {
              parameters(sites, effect.handedOn(), summary::returns);
            } else if (opcode == Const.PUTFIELD
                && !method.isStatic()
                && Integer.valueOf(0).equals(before.getStackValue(1).origin())
                && location.getHandle().getInstruction() instanceof FieldInstruction put
                && put.getReferenceType(classContext.getConstantPoolGen()).toString().equals(callee.getClassName())) {
              String field = put.getFieldName(classContext.getConstantPoolGen());
              parameters(sites, effect.handedOn(), parameter -> summary.keepsInOwnField(parameter, field));
            } else {
              parameters(sites, effect.handedOn(), summary::keeps);
            }
          });
    } catch (CheckedAnalysisException e) {
      return ParameterSummary.NOTHING; // cannot tell: it neither closes nor keeps
    }
    return summary.build();
  }

  private static void parameters(Sites sites, BitSet set, IntConsumer into) {
    BitSet parameters = sites.only(set, Kind.PARAMETER);
    for (int site = parameters.nextSetBit(0); site >= 0; site = parameters.nextSetBit(site + 1)) {
      into.accept(sites.get(site).parameter());
    }
  }

  private static Method find(ClassContext classContext, XMethod callee) {
    for (Method method : classContext.getJavaClass().getMethods()) {
      if (method.getName().equals(callee.getName()) && method.getSignature().equals(callee.getSignature())) {
        return method;
      }
    }
    return null;
  }
}
