package io.github.leakproof.corpus;

/** The two ways Leakproof analyses code; a case may say one of them cannot see a finding. */
public enum FrontEnd {
  ERROR_PRONE("NOT-ERRORPRONE"),
  SPOTBUGS("NOT-SPOTBUGS");

  private final String unseenMarker;

  FrontEnd(String unseenMarker) {
    this.unseenMarker = unseenMarker;
  }

  /** The comment word that says this front end cannot see the finding marked below it. */
  public String unseenMarker() {
    return unseenMarker;
  }
}
