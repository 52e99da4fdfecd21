package io.github.leakproof.spotbugs;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.leakproof.spotbugs.threadlocal.ThreadLocalNotRemovedDetector;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs SpotBugs in this JVM with only Leakproof's detectors (loaded as a plugin from this module's
 * compiled classes, descriptors included) and returns its findings.
 */
final class SpotBugsRun {
  private static Plugin plugin;

  private SpotBugsRun() {}

  /**
   * @param classFiles the class files (or folders, or jars) to analyse
   * @param auxClasspath what they refer to
   * @param options Leakproof options, passed the way users pass them: as system properties
   * @throws AssertionError if SpotBugs logged an analysis error (a detector crash included)
   */
  static synchronized List<BugInstance> analyse(
      List<Path> classFiles, List<Path> auxClasspath, Map<String, String> options) throws Exception {
    Map<String, String> previous = new HashMap<>();
    options.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
    try (Project project = new Project(); FindBugs2 engine = new FindBugs2()) {
      Plugin leakproof = plugin(project);
      project.setPluginStatusTrinary(leakproof.getPluginId(), true);
      classFiles.forEach(file -> project.addFile(file.toString()));
      auxClasspath.forEach(entry -> project.addAuxClasspathEntry(entry.toString()));

      engine.setProject(project);
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      BugCollectionBugReporter reporter = new BugCollectionBugReporter(project);
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.enableAllDetectors(false);
      leakproof.getDetectorFactories().forEach(factory -> preferences.enableDetector(factory, true));
      engine.setUserPreferences(preferences);
      engine.execute();

      if (!reporter.getQueuedErrors().isEmpty()) {
        StringBuilder errors = new StringBuilder("SpotBugs logged analysis errors:");
        reporter.getQueuedErrors().forEach(error -> errors.append("\n  ").append(error.getMessage())
            .append(error.getCause() == null ? "" : " — " + error.getCause()));
        throw new AssertionError(errors);
      }
      List<BugInstance> bugs = new ArrayList<>();
      reporter.getBugCollection().getCollection().forEach(bugs::add);
      return bugs;
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

  private static Plugin plugin(Project project) throws Exception {
    if (plugin == null) {
      File compiledPlugin =
          new File(ThreadLocalNotRemovedDetector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      plugin = Plugin.loadCustomPlugin(compiledPlugin, project);
    }
    return plugin;
  }
}
