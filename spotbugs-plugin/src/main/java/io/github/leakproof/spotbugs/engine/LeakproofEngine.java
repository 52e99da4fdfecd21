package io.github.leakproof.spotbugs.engine;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.FindBugsProgress;
import edu.umd.cs.findbugs.NoOpFindBugsProgress;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs SpotBugs' engine in this JVM with Leakproof's detectors only: the one way this project drives SpotBugs, for
 * the plugin's tests and for the command line ({@code leakproof-cli}). Not a detector; SpotBugs never loads it.
 *
 * <p>Options reach the detectors as in any SpotBugs run: as {@code Leakproof:<Name>} system properties, set for the
 * run and restored after it.
 */
public final class LeakproofEngine {
  /** Loads Leakproof's plugin for a project (from a jar or a class folder, as SpotBugs loads any plugin). */
  @FunctionalInterface
  public interface PluginSource {
    Plugin load(Project project) throws Exception;
  }

  /**
   * What a run found.
   *
   * @param bugs every finding, SpotBugs' own included (e.g. about suppressions of switched-off detectors)
   * @param errors errors SpotBugs logged, a detector's crash or a class file it could not read among them
   * @param missingClasses classes the analysed code refers to that are neither analysed nor on the class path
   */
  public record Result(List<BugInstance> bugs, List<AbstractBugReporter.Error> errors, Set<String> missingClasses) {}

  private LeakproofEngine() {}

  /**
   * @param classFiles the class files, folders or jars to analyse
   * @param auxClasspath what they refer to
   * @param options Leakproof options, passed the way users pass them: as system properties
   * @param progress told of each pass and class, or null
   */
  public static synchronized Result run(
      PluginSource pluginSource,
      List<Path> classFiles,
      List<Path> auxClasspath,
      Map<String, String> options,
      FindBugsProgress progress)
      throws Exception {
    Map<String, String> previous = new HashMap<>();
    options.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
    try (Project project = new Project(); FindBugs2 engine = new FindBugs2()) {
      Plugin leakproof = pluginSource.load(project);
      project.setPluginStatusTrinary(leakproof.getPluginId(), true);
      classFiles.forEach(file -> project.addFile(file.toAbsolutePath().toString()));
      auxClasspath.forEach(entry -> project.addAuxClasspathEntry(entry.toAbsolutePath().toString()));

      engine.setProject(project);
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      Reporter reporter = new Reporter(project);
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      engine.setProgressCallback(progress != null ? progress : new NoOpFindBugsProgress());
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.enableAllDetectors(false);
      leakproof.getDetectorFactories().forEach(factory -> preferences.enableDetector(factory, true));
      engine.setUserPreferences(preferences);
      engine.execute();

      List<BugInstance> bugs = new ArrayList<>();
      reporter.getBugCollection().getCollection().forEach(bugs::add);
      return new Result(bugs, new ArrayList<>(reporter.getQueuedErrors()), new TreeSet<>(reporter.missingClasses()));
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

  /** Keeps errors and missing classes for the caller, instead of printing them as SpotBugs' command line does. */
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
