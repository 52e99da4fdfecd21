package io.github.leakproof.spotbugs.executor;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.MissingClassException;
import edu.umd.cs.findbugs.ba.XFactory;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.ResourceMessages;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.TypeNames;
import io.github.leakproof.spotbugs.flow.ObligationFlow;
import io.github.leakproof.spotbugs.flow.Site;
import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * {@code LEAK_EXECUTOR_NOT_SHUT_DOWN}: a thread pool whose threads are never stopped — the bytecode
 * twin of the Error Prone check {@code ExecutorNotShutDown}, with the same three rules
 * (docs/checks/ExecutorNotShutDown.md):
 *
 * <ol>
 *   <li><b>Local pools</b> (reported where the pool is made): a method makes a pool and some normal way
 *       out of the method leaves it running — not shut down, returned, stored or handed to a
 *       constructor. Exceptions count only with {@code Leakproof:Strict=executor-exception-paths}.
 *   <li><b>Pool fields never shut down</b> (reported on the field, after all classes): a field is given
 *       a new pool, and no analysed class shuts it down or lets it escape. Seeing the whole program,
 *       this front end judges fields of any visibility; static fields only with {@code
 *       Leakproof:Strict=static-executors}, as they are usually meant to live as long as the application.
 *   <li><b>Pools replaced while running</b> (reported on the assignment): a method other than a
 *       constructor gives a field that is shut down somewhere a new pool, without shutting the old one
 *       down or testing the field first.
 * </ol>
 *
 * <p>All three come from one pass per method of the obligation analysis ({@link ObligationFlow}) with
 * {@link PoolRules}; pool fields are followed through locals as field sites ({@link PoolFields}).
 * Scheduled pools are left to {@code TimerNotStopped}.
 */
public class ExecutorNotShutDownDetector implements Detector {
  private static final Check CHECK = Check.EXECUTOR_NOT_SHUT_DOWN;

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final PoolMentions mentions;
  private final PoolRules rules;
  private final PoolFields fields;
  private final boolean judgeStaticFields;
  private ClassDescriptor someAnalysedClass;

  public ExecutorNotShutDownDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    TypeNames types = new TypeNames();
    this.mentions = new PoolMentions(types);
    this.rules =
        new PoolRules(
            ResourceCatalogue.of(options.values()), types,
            options.values().isStrict(StrictMode.EXECUTOR_EXCEPTION_PATHS));
    this.fields = new PoolFields(rules);
    this.judgeStaticFields = options.values().isStrict(StrictMode.STATIC_EXECUTORS);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    JavaClass javaClass = classContext.getJavaClass();
    if (!mentions.mentionsPools(javaClass)) {
      return; // most classes: no analysis at all
    }
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() != null && (method.getAccessFlags() & Const.ACC_BRIDGE) == 0) {
        checkMethod(classContext, method);
      }
    }
    fields.endOfClass();
  }

  /** Rule 1 for the method's own pools; what it does with pool fields is kept for rules 2 and 3. */
  private void checkMethod(ClassContext classContext, Method method) {
    try {
      ObligationFlow flow = ObligationFlow.analyse(classContext, method, rules, false);
      Set<Integer> reportedLines = new HashSet<>();
      for (ObligationFlow.Leak leak : flow.leaks()) {
        Site made = leak.opened();
        if (!leak.decidedByFlag() && reportedLines.add(flow.lineOf(made.pc()))) {
          reportLocalPool(classContext, method, made, leak.returnLine());
        }
      }
      fields.see(classContext, method, flow);
    } catch (MissingClassException e) {
      AnalysisContext.reportMissingClass(e);
    } catch (CheckedAnalysisException | RuntimeException e) {
      bugReporter.logError(
          "Leakproof: cannot analyse " + classContext.getJavaClass().getClassName() + "." + method.getName(), e);
    }
  }

  private void reportLocalPool(ClassContext classContext, Method method, Site made, int exitLine) {
    XMethod xmethod = XFactory.createXMethod(classContext.getJavaClass(), method);
    if (LeakSuppression.isSuppressedInMethod(CHECK, xmethod)) {
      return;
    }
    bugReporter.reportBug(
        new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
            .addClassAndMethod(classContext.getJavaClass(), method)
            .addString(ResourceMessages.poolNotShutDown(made.what(), exitLine))
            .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, made.pc())));
  }

  // ---- Rules 2 and 3: after every class, when every release of every field is known.

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    for (PoolFields.Facts facts : fields.facts()) {
      XField field = facts.field;
      if (facts.firstPool == null
          || facts.released
          || facts.escapes
          || (field.isStatic() && !judgeStaticFields)
          || !context.isApplicationClass(field.getClassDescriptor())
          || LeakSuppression.isSuppressed(CHECK, field, field.getClassDescriptor())) {
        continue;
      }
      bugReporter.reportBug(
          new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
              .addClass(field.getClassDescriptor())
              .addField(field)
              .addString(ResourceMessages.poolFieldNeverShutDown(field.getName()))
              .addSourceLine(facts.firstPool));
    }
    for (PoolFields.Replacement replacement : fields.replacements()) {
      if (!fields.isReleased(replacement.field())
          || LeakSuppression.isSuppressedInMethod(CHECK, replacement.method())) {
        continue; // never shut down anywhere: rule 2's to report
      }
      bugReporter.reportBug(
          new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
              .addClassAndMethod(replacement.method())
              .addString(ResourceMessages.poolFieldReplaced(replacement.field().getName()))
              .addSourceLine(replacement.where()));
    }
  }
}
