package io.github.leakproof.cases.resource;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Negative for Error Prone: the suppression sits on the local that holds a marker file's stream,
 * left open on purpose so that the file stays locked while the process runs. SpotBugs cannot see
 * annotations on locals.
 */
public class SuppressedOnLocalVariable {
  public static void holdMarker(String markerFile) throws IOException {
    // NOT-ERRORPRONE: honours a suppression on the local variable declaration
    // BUG: Diagnostic contains: ResourceNotClosed
    @SuppressWarnings("ResourceNotClosed") PrintStream marker = new PrintStream(new FileOutputStream(markerFile, true));
    marker.println(ProcessHandle.current().pid());
  }
}
