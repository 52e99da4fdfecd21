package io.github.leakproof.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Project;
import io.github.leakproof.spotbugs.engine.LeakproofEngine;
import io.github.leakproof.spotbugs.threadlocal.ThreadLocalNotRemovedDetector;
import java.io.File;
import java.nio.file.Path;
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
  static List<BugInstance> analyse(
      List<Path> classFiles, List<Path> auxClasspath, Map<String, String> options) throws Exception {
    LeakproofEngine.Result result =
        LeakproofEngine.run(SpotBugsRun::plugin, classFiles, auxClasspath, options, null);
    if (!result.errors().isEmpty()) {
      StringBuilder errors = new StringBuilder("SpotBugs logged analysis errors:");
      result.errors().forEach(error -> errors.append("\n  ").append(error.getMessage())
          .append(error.getCause() == null ? "" : " — " + error.getCause()));
      throw new AssertionError(errors);
    }
    return result.bugs();
  }

  private static synchronized Plugin plugin(Project project) throws Exception {
    if (plugin == null) {
      File compiledPlugin =
          new File(ThreadLocalNotRemovedDetector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      plugin = Plugin.loadCustomPlugin(compiledPlugin, project);
    }
    return plugin;
  }
}
