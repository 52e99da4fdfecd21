package io.github.leakproof.cases.collection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative (a server's PID file): each distinct file is remembered once, next to the shutdown hook that
 * deletes it at exit. The set's entries live exactly as long as their hooks, by design.
 */
public final class PidFilesDeletedAtExit {
  private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

  private PidFilesDeletedAtExit() {}

  public static void create(String name) throws IOException {
    Path file = Paths.get(name).toAbsolutePath();
    if (ACTIVE.add(file)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(file)));
      Files.write(file, Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8));
    }
  }

  public static boolean isActive(Path file) {
    return ACTIVE.contains(file);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // at exit: nothing left to do
    }
  }
}
