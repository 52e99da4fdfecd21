package io.github.leakproof.cli;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugPattern;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.classfile.InvalidClassFileFormatException;
import io.github.leakproof.model.Check;
import io.github.leakproof.spotbugs.engine.LeakproofEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs Leakproof's detectors on SpotBugs' engine ({@link LeakproofEngine}, the plugin's own runner) with the bundled
 * plugin, and turns what it found into {@link Finding}s and problems the command reports.
 */
final class Analysis {
  /**
   * What a run found.
   *
   * @param findings Leakproof's findings (SpotBugs' own, e.g. about unused suppressions, are left out)
   * @param classes how many classes were analysed
   * @param missingClasses classes the analysed code refers to that are neither analysed nor on the class path
   * @param invalidClasses class files SpotBugs could not read (where, and why), the user's input to fix
   * @param errors other errors SpotBugs logged; when there are any, the findings are not to be trusted
   * @param descriptions each check's one-line description, from the plugin's {@code messages.xml}
   */
  record Result(
      List<Finding> findings,
      int classes,
      Set<String> missingClasses,
      List<String> invalidClasses,
      List<String> errors,
      Map<Check, String> descriptions) {}

  private Analysis() {}

  static Result run(List<Path> targets, List<Path> classpath, Map<String, String> options, Progress progress)
      throws Exception {
    LeakproofEngine.Result run = LeakproofEngine.run(BundledPlugin::load, targets, classpath, options, progress);
    List<Finding> findings = new ArrayList<>();
    for (BugInstance bug : run.bugs()) {
      Check.named(bug.getType()).ifPresent(check -> findings.add(finding(check, bug)));
    }
    findings.sort(Finding.ORDER);
    List<String> invalidClasses = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (AbstractBugReporter.Error error : run.errors()) {
      if (error.getCause() instanceof InvalidClassFileFormatException invalid) {
        invalidClasses.add(invalid.getMessage());
      } else {
        errors.add(error.getMessage() + (error.getCause() == null ? "" : " (" + error.getCause() + ")"));
      }
    }
    return new Result(findings, progress.classes(), run.missingClasses(), invalidClasses, errors, descriptions());
  }

  private static Map<Check, String> descriptions() {
    Map<Check, String> descriptions = new EnumMap<>(Check.class);
    for (Check check : Check.values()) {
      BugPattern pattern = DetectorFactoryCollection.instance().lookupBugPattern(check.bugType());
      if (pattern != null) {
        descriptions.put(check, pattern.getShortDescription());
      }
    }
    return descriptions;
  }

  private static Finding finding(Check check, BugInstance bug) {
    SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
    String className = bug.getPrimaryClass().getClassName();
    return new Finding(
        check,
        className,
        member(bug),
        line.isSourceFileKnown() ? line.getSourcePath() : className.replace('.', '/') + ".java",
        Math.max(line.getStartLine(), 0),
        bug.getMessageWithoutPrefix());
  }

  private static String member(BugInstance bug) {
    MethodAnnotation method = bug.getPrimaryMethod();
    if (method != null) {
      return method.getNameInClass(false, false, false);
    }
    return Optional.ofNullable(bug.getPrimaryField()).map(FieldAnnotation::getFieldName).orElse("");
  }
}
