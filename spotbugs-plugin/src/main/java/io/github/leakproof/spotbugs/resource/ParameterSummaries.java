package io.github.leakproof.spotbugs.resource;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.MethodDescriptor;
import io.github.leakproof.spotbugs.common.Callees;
import io.github.leakproof.spotbugs.flow.ObligationFlow;
import io.github.leakproof.spotbugs.flow.ObligationRules;
import io.github.leakproof.spotbugs.flow.Site.Kind;
import io.github.leakproof.spotbugs.flow.Sites;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;

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
 *       ({@code return new LineIterator(new InputStreamReader(in))}): the caller gets it back.
 * </ul>
 *
 * Passing a resource to such a method closes it, hands it on, or moves it into the result, whatever
 * the method's name. Each
 * method is read once; a method that (indirectly) calls itself is taken to do nothing through that call.
 */
final class ParameterSummaries {
  private record Summary(BitSet closes, BitSet keeps, BitSet returns) {}

  private static final Summary NOTHING = new Summary(new BitSet(), new BitSet(), new BitSet());

  private final ObligationRules rules;
  private final Map<MethodDescriptor, Summary> summaries = new HashMap<>();
  private final Set<MethodDescriptor> inProgress = new HashSet<>();

  ParameterSummaries(ObligationRules rules) {
    this.rules = rules;
  }

  /** True if {@code callee}, a method of the analysed code, closes its parameter {@code index}. */
  boolean closes(XMethod callee, int index) {
    return summary(callee).closes().get(index);
  }

  /** True if {@code callee}, a method of the analysed code, keeps its parameter {@code index}. */
  boolean keeps(XMethod callee, int index) {
    return summary(callee).keeps().get(index);
  }

  /** True if {@code callee}, a method of the analysed code, returns its parameter {@code index} or a wrapper of it. */
  boolean returns(XMethod callee, int index) {
    return summary(callee).returns().get(index);
  }

  private Summary summary(XMethod callee) {
    if (!Callees.isAnalysed(callee) || callee.isAbstract() || callee.isNative()) {
      return NOTHING;
    }
    MethodDescriptor key = callee.getMethodDescriptor();
    Summary known = summaries.get(key);
    if (known == null) {
      if (!inProgress.add(key)) {
        return NOTHING;
      }
      try {
        known = read(callee);
      } finally {
        inProgress.remove(key);
      }
      summaries.put(key, known);
    }
    return known;
  }

  private Summary read(XMethod callee) {
    BitSet closes = new BitSet();
    BitSet keeps = new BitSet();
    BitSet returns = new BitSet();
    try {
      ClassContext classContext =
          Global.getAnalysisCache().getClassAnalysis(ClassContext.class, callee.getClassDescriptor());
      Method method = find(classContext, callee);
      if (method == null || method.getCode() == null) {
        return NOTHING;
      }
      ObligationFlow flow = ObligationFlow.analyse(classContext, method, rules, true);
      Sites sites = flow.sites();
      flow.forEachInstruction(
          (location, before, effect, call) -> {
            if (effect == null) {
              return;
            }
            parameters(sites, effect.released(), closes);
            boolean isReturn = location.getHandle().getInstruction().getOpcode() == Const.ARETURN;
            parameters(sites, effect.handedOn(), isReturn ? returns : keeps);
          });
    } catch (CheckedAnalysisException e) {
      return NOTHING; // cannot tell: it neither closes nor keeps
    }
    return new Summary(closes, keeps, returns);
  }

  private static void parameters(Sites sites, BitSet set, BitSet into) {
    BitSet parameters = sites.only(set, Kind.PARAMETER);
    for (int site = parameters.nextSetBit(0); site >= 0; site = parameters.nextSetBit(site + 1)) {
      into.set(sites.get(site).parameter());
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
