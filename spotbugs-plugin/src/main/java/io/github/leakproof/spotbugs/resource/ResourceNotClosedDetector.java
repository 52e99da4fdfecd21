package io.github.leakproof.spotbugs.resource;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.MissingClassException;
import edu.umd.cs.findbugs.ba.XFactory;
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
import io.github.leakproof.spotbugs.flow.ObligationFlow.Leak;
import io.github.leakproof.spotbugs.flow.Site;
import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * {@code LEAK_RESOURCE_NOT_CLOSED}: a method opens a resource — a file, socket, connection, zip file,
 * a stream from {@code Files.lines} — and some way out of the method leaves it open: the bytecode twin
 * of the Error Prone check {@code ResourceNotClosed}, with the same rules (docs/checks/ResourceNotClosed.md).
 *
 * <p>Each method is followed over its control-flow graph ({@link ObligationFlow}) with {@link
 * ResourceRules}: which calls open a resource, which release it ({@code close()}, a close helper, a
 * method of the analysed code that closes its parameter), which hand it on (return, a field, a storing
 * call, a constructor that keeps it, a lambda), and which only borrow it. A resource is reported when
 * it may still be open where the method ends — on a normal path (an early return, a branch without the
 * close), or by an exception the check counts: a {@code throw}, or a call that declares a checked
 * exception, made while it is open. Try-with-resources and {@code finally} compile to closes on every
 * one of those paths, so they come out clean. A resource that no variable holds any more while it is
 * open ({@code props.load(new FileInputStream(f))}, a variable reassigned, a loop reopening it) can
 * never be closed: reported too. Not reported: a leak that a boolean parameter or field decides
 * ({@code if (closeResources) statement.close()}: the caller chose), and a JDBC statement or result set
 * left open only when an exception leaves (its connection's or statement's close covers it; reported with
 * {@code Strict=child-exception-paths}).
 *
 * <p>One finding per place a resource is opened, on that line. Suppressed by {@code @SuppressFBWarnings}
 * (SpotBugs) or {@code @SuppressLeak("ResourceNotClosed")} on the method or a class around it.
 */
public class ResourceNotClosedDetector implements Detector {
  private static final Check CHECK = Check.RESOURCE_NOT_CLOSED;

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final ResourceMentions mentions;
  private final ResourceRules rules;
  private final boolean childExceptionPaths;
  private ClassDescriptor someAnalysedClass;

  public ResourceNotClosedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    TypeNames types = new TypeNames();
    this.mentions = new ResourceMentions(types);
    this.rules = new ResourceRules(ResourceCatalogue.of(options.values()), types);
    this.childExceptionPaths = options.values().isStrict(StrictMode.CHILD_EXCEPTION_PATHS);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    JavaClass javaClass = classContext.getJavaClass();
    if (!mentions.mentionsResources(javaClass)) {
      return; // most classes: no analysis at all
    }
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() != null && (method.getAccessFlags() & Const.ACC_BRIDGE) == 0) {
        checkMethod(classContext, method);
      }
    }
  }

  /** Follows the method's resources and reports each one that leaks, once per line it is opened on. */
  private void checkMethod(ClassContext classContext, Method method) {
    try {
      ObligationFlow flow = ObligationFlow.analyse(classContext, method, rules, false);
      Set<String> reported = new HashSet<>();
      for (Leak leak : flow.leaks()) {
        Site opened = leak.opened();
        if (isReported(leak) && reported.add(flow.lineOf(opened.pc()) + opened.what())) {
          report(classContext, method, opened, leak); // finally blocks are copied: one line, one finding
        }
      }
    } catch (MissingClassException e) {
      AnalysisContext.reportMissingClass(e);
    } catch (CheckedAnalysisException | RuntimeException e) {
      bugReporter.logError(
          "Leakproof: cannot analyse " + classContext.getJavaClass().getClassName() + "." + method.getName(), e);
    }
  }

  /**
   * Not reported: a leak decided by a flag the method was given ({@code if (closeResources)
   * statement.close()}: the caller chose who owns it), and, unless {@code Strict=child-exception-paths},
   * a leak only on exception paths of what its parent closes (a JDBC statement or result set, a result
   * set of a borrowed statement): the parent's close covers it.
   */
  private boolean isReported(Leak leak) {
    return !leak.decidedByFlag() && (leak.onNormalPath() || !leak.opened().dependent() || childExceptionPaths);
  }

  private static String message(Leak leak) {
    return ResourceMessages.notClosed(
        leak.opened().what(), leak.reopened(), leak.onNormalPath(), leak.throwingCall(), leak.throwLine(),
        leak.returnLine());
  }

  private void report(ClassContext classContext, Method method, Site opened, Leak leak) {
    XMethod xmethod = XFactory.createXMethod(classContext.getJavaClass(), method);
    if (LeakSuppression.isSuppressedInMethod(CHECK, xmethod)) {
      return;
    }
    String message = message(leak);
    bugReporter.reportBug(
        new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
            .addClassAndMethod(classContext.getJavaClass(), method)
            .addString(message)
            .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, opened.pc())));
  }

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
  }
}
