package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Positive: the jar is opened to read its manifest and never closed. */
public class JarManifestNotClosed {
  public static String mainClass(File jar) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    JarFile jarFile = new JarFile(jar);
    Manifest manifest = jarFile.getManifest();
    return manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
  }
}
