package io.github.leakproof.cli;

import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Leakproof's SpotBugs plugin, which this jar carries as a resource (the build copies the plugin jar in): SpotBugs
 * loads a plugin from a jar of its own, with its {@code findbugs.xml} and {@code messages.xml}, exactly as the Maven
 * route loads it.
 */
final class BundledPlugin {
  static final String RESOURCE = "leakproof-spotbugs.jar";

  private static Plugin plugin;

  private BundledPlugin() {}

  /** Loads the plugin once per JVM (SpotBugs keeps plugins by id). */
  static synchronized Plugin load(Project project) throws PluginException {
    if (plugin == null) {
      plugin = Plugin.loadCustomPlugin(extract().toFile(), project);
    }
    return plugin;
  }

  private static Path extract() {
    try (InputStream jar = BundledPlugin.class.getResourceAsStream(RESOURCE)) {
      if (jar == null) {
        throw new IllegalStateException(
            RESOURCE + " is not in this jar: build the command line with Maven (package), which copies it in");
      }
      Path copy = Files.createTempFile("leakproof-spotbugs", ".jar");
      copy.toFile().deleteOnExit();
      Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled SpotBugs plugin", e);
    }
  }
}
