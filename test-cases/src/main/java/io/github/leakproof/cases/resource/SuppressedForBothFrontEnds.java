package io.github.leakproof.cases.resource;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Negative: a deliberate leak, suppressed for Error Prone (@SuppressWarnings) and SpotBugs (@SuppressFBWarnings). */
public class SuppressedForBothFrontEnds {
  @SuppressWarnings("ResourceNotClosed")
  @SuppressFBWarnings(value = "LEAK_RESOURCE_NOT_CLOSED", justification = "keeps the pid file locked")
  public static void writePidFile(String path) throws IOException {
    FileOutputStream pidFile = new FileOutputStream(path);
    pidFile.write(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII));
    pidFile.flush();
  }
}
