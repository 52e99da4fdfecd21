package io.github.leakproof.cases.collection;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Negative (found in JGit's FS_POSIX): whether each file system supports hard links, remembered per
 * {@code FileStore}. The keys are the file systems mounted on the machine: a handful, however many files
 * are linked.
 */
public final class CapabilityPerFileStore {
  private static final Map<FileStore, Boolean> CAN_HARD_LINK = new ConcurrentHashMap<>();

  private CapabilityPerFileStore() {}

  public static boolean supportsHardLinks(Path file) throws IOException {
    FileStore store = Files.getFileStore(file);
    Boolean known = CAN_HARD_LINK.get(store);
    if (known != null) {
      return known;
    }
    boolean supported = store.supportsFileAttributeView("unix");
    CAN_HARD_LINK.put(store, supported);
    return supported;
  }

  public static void markUnsupported(Path file) throws IOException {
    CAN_HARD_LINK.put(Files.getFileStore(file), Boolean.FALSE);
  }
}
