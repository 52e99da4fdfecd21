package com.example.leaky;

/** Builds report jobs for one tenant. */
public final class ReportJobs {
  /** The last job, for a "run again" button. */
  private static Runnable lastJob;

  private final String tenant;
  private final byte[] template = new byte[1 << 20];

  public ReportJobs(String tenant) {
    this.tenant = tenant;
  }

  public void run(String report) {
    // Leaks: the lambda uses this object's fields, so the static field keeps every ReportJobs (and its template).
    lastJob = () -> System.out.println(tenant + ": " + report + " (" + template.length + " bytes)");
    lastJob.run();
  }

  public static void runAgain() {
    if (lastJob != null) {
      lastJob.run();
    }
  }
}
