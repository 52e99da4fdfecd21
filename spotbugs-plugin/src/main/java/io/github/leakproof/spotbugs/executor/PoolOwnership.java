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
import io.github.leakproof.model.Check;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.Singletons;
import io.github.leakproof.spotbugs.common.TypeNames;
import org.apache.bcel.generic.Type;
import io.github.leakproof.spotbugs.flow.ObligationFlow;
import io.github.leakproof.spotbugs.flow.Site;
import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * The three ownership rules for objects that own threads, shared by {@code
 * LEAK_EXECUTOR_NOT_SHUT_DOWN} (thread pools) and {@code LEAK_TIMER_NOT_STOPPED} (timers and scheduled
 * pools); the {@link PoolFamily} says which objects a detector follows, what stops them and how its
 * findings read:
 *
 * <ol>
 *   <li><b>Local</b> (reported where it is made): a method makes one and some normal way out of the
 *       method leaves it running — not stopped, returned, stored or handed to a constructor. Exceptions
 *       count only with the family's strict word.
 *   <li><b>Fields never stopped</b> (reported on the field, after all classes): a field is given a new
 *       one, and no analysed class stops it or lets it escape. Seeing the whole program, this front end
 *       judges fields of any visibility; static fields only with the family's strict word, as they are
 *       usually meant to live as long as the application.
 *   <li><b>Replaced while running</b> (reported on the assignment): a method other than a constructor
 *       gives a field that is stopped somewhere a new one, without stopping the old one or testing the
 *       field first.
 * </ol>
 *
 * <p>All three come from one pass per method of the obligation analysis ({@link ObligationFlow}) with
 * {@link PoolRules}; fields are followed through locals as field sites ({@link PoolFields}).
 */
public final class PoolOwnership {
  private final Detector detector;
  private final BugReporter bugReporter;
  private final PoolFamily family;
  private final Check check;
  private final PluginOptions options;
  private final PoolMentions mentions;
  private final PoolFields fields;
  private final PoolRules rules;
  private final boolean judgeStaticFields;
  private final TypeNames types;

  public PoolOwnership(Detector detector, BugReporter bugReporter, PoolFamily family, PluginOptions options) {
    this.detector = detector;
    this.bugReporter = bugReporter;
    this.family = family;
    this.check = family.check();
    this.options = options;
    this.types = new TypeNames();
    this.mentions = new PoolMentions(family, types);
    this.rules =
        new PoolRules(
            family, ResourceCatalogue.of(options.values()), types,
            options.values().isStrict(family.exceptionPathsMode()),
            options.values().isStrict(StrictMode.IDLE_ENDING_POOLS));
    this.fields = new PoolFields(rules);
    this.judgeStaticFields = options.values().isStrict(family.staticFieldsMode());
  }

  /** True if the class may make, stop or pass on one of the family at all (a constant-pool look). */
  public boolean mentions(JavaClass javaClass) {
    return mentions.mentionsPools(javaClass);
  }

  /** Rule 1 for every method of a class that {@link #mentions} the family; what it does with fields is kept. */
  public void visitClass(ClassContext classContext) {
    for (Method method : classContext.getJavaClass().getMethods()) {
      if (method.getCode() != null && (method.getAccessFlags() & Const.ACC_BRIDGE) == 0) {
        checkMethod(classContext, method);
      }
    }
    fields.endOfClass();
  }

  /** True if the analysed code stops {@code field}, or gives it a new one of its own (rules 2 and 3 judge it). */
  public boolean isStoppedOrMade(XField field) {
    return fields.isReleased(field) || fields.isGivenAPool(field);
  }

  private void checkMethod(ClassContext classContext, Method method) {
    try {
      ObligationFlow flow = ObligationFlow.analyse(classContext, method, rules, false);
      Set<Integer> reportedLines = new HashSet<>();
      boolean oncePerApplication = !judgeStaticFields && runsOncePerApplication(classContext, method);
      for (ObligationFlow.Leak leak : flow.leaks()) {
        Site made = leak.opened();
        if (!leak.decidedByFlag() && !oncePerApplication && reportedLines.add(flow.lineOf(made.pc()))) {
          reportLocal(classContext, method, made, leak.returnLine());
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

  /**
   * A singleton's constructor runs once per application: what it starts is meant to run as long as the
   * application, like a pool in a static field ({@link io.github.leakproof.model.CaptureSinkCatalogue#livesForApplication}).
   */
  private static boolean runsOncePerApplication(ClassContext classContext, Method method) {
    return method.getName().equals(Const.CONSTRUCTOR_NAME)
        && Singletons.isSingleton(classContext.getJavaClass().getClassName());
  }

  private void reportLocal(ClassContext classContext, Method method, Site made, int exitLine) {
    XMethod xmethod = XFactory.createXMethod(classContext.getJavaClass(), method);
    if (LeakSuppression.isSuppressedInMethod(check, xmethod)) {
      return;
    }
    bugReporter.reportBug(
        new BugInstance(detector, check.bugType(), Priorities.NORMAL_PRIORITY)
            .addClassAndMethod(classContext.getJavaClass(), method)
            .addString(family.notStopped(made.what(), exitLine))
            .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, made.pc())));
  }

  /** Rules 2 and 3: after every class, when every stop of every field is known. */
  public void report() {
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    for (PoolFields.Facts facts : fields.facts()) {
      XField field = facts.field;
      if (facts.firstPool == null
          || facts.released
          || facts.escapes
          || ((field.isStatic() || Singletons.isSingleton(field.getClassName())) && !judgeStaticFields)
          || !context.isApplicationClass(field.getClassDescriptor())
          || LeakSuppression.isSuppressed(check, field, field.getClassDescriptor())) {
        continue;
      }
      bugReporter.reportBug(
          new BugInstance(detector, check.bugType(), Priorities.NORMAL_PRIORITY)
              .addClass(field.getClassDescriptor())
              .addField(field)
              .addString(family.fieldNeverStopped(field.getName(), types.typeAndSupertypes(Type.getType(field.getSignature()))))
              .addSourceLine(facts.firstPool));
    }
    for (PoolFields.Replacement replacement : fields.replacements()) {
      if (!fields.isReleased(replacement.field())
          || LeakSuppression.isSuppressedInMethod(check, replacement.method())) {
        continue; // never stopped anywhere: rule 2's to report
      }
      bugReporter.reportBug(
          new BugInstance(detector, check.bugType(), Priorities.NORMAL_PRIORITY)
              .addClassAndMethod(replacement.method())
              .addString(family.fieldReplaced(replacement.field().getName()))
              .addSourceLine(replacement.where()));
    }
  }
}
