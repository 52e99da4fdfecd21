package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.IOException;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Negative: a reference-counted archive: openJarFile() hands out the shared file and closeJarFile()
 * gives it back, so the pair releases it without closing the object itself.
 */
public class OpenCloseMethodPair {
  private final File archive;
  private JarFile shared;
  private int users;

  public OpenCloseMethodPair(File archive) {
    this.archive = archive;
  }

  public JarEntry entry(String name) throws IOException {
    JarFile jar = openJarFile();
    try {
      return jar.getJarEntry(name);
    } finally {
      closeJarFile();
    }
  }

  private synchronized JarFile openJarFile() throws IOException {
    if (shared == null) {
      shared = new JarFile(archive);
    }
    users++;
    return shared;
  }

  private synchronized void closeJarFile() throws IOException {
    if (--users == 0) {
      shared.close();
      shared = null;
    }
  }
}
