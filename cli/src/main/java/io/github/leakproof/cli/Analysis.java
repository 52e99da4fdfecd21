package io.github.leakproof.cli;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugPattern;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.classfile.InvalidClassFileFormatException;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.leakproof.model.Check;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs SpotBugs' engine in this JVM with Leakproof's detectors only, and turns its findings into {@link Finding}s.
 * Options reach the detectors as they do in any SpotBugs run: as {@code Leakproof:<Name>} system properties, set for
 * the run and restored after it.
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

  static synchronized Result run(
      List<Path> targets, List<Path> classpath, Map<String, String> options, Progress progress) throws Exception {
    Map<String, String> previous = new HashMap<>();
    options.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
    try (Project project = new Project(); FindBugs2 engine = new FindBugs2()) {
      Plugin leakproof = BundledPlugin.enable(project);
      targets.forEach(target -> project.addFile(target.toAbsolutePath().toString()));
      classpath.forEach(entry -> project.addAuxClasspathEntry(entry.toAbsolutePath().toString()));

      engine.setProject(project);
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      Reporter reporter = new Reporter(project);
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      engine.setProgressCallback(progress);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.enableAllDetectors(false);
      leakproof.getDetectorFactories().forEach(factory -> preferences.enableDetector(factory, true));
      engine.setUserPreferences(preferences);
      engine.execute();

      List<Finding> findings = new ArrayList<>();
      for (BugInstance bug : reporter.getBugCollection().getCollection()) {
        Check.named(bug.getType()).ifPresent(check -> findings.add(finding(check, bug)));
      }
      findings.sort(Finding.ORDER);
      List<String> invalidClasses = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (AbstractBugReporter.Error error : reporter.getQueuedErrors()) {
        if (error.getCause() instanceof InvalidClassFileFormatException invalid) {
          invalidClasses.add(invalid.getMessage());
        } else {
          errors.add(error.getMessage() + (error.getCause() == null ? "" : " (" + error.getCause() + ")"));
        }
      }
      return new Result(
          findings,
          progress.classes(),
          new TreeSet<>(reporter.missingClasses()),
          invalidClasses,
          errors,
          descriptions());
    } finally {
      previous.forEach(
          (key, value) -> {
            if (value == null) {
              System.clearProperty(key);
            } else {
              System.setProperty(key, value);
            }
          });
    }
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

  /**
   * Keeps the findings, errors and missing classes for the reports, instead of printing the last two the way
   * SpotBugs' own command line does.
   */
  private static final class Reporter extends BugCollectionBugReporter {
    Reporter(Project project) {
      super(project);
    }

    @Override
    public void reportQueuedErrors() {}

    Set<String> missingClasses() {
      return getMissingClasses();
    }
  }
}
