package io.github.leakproof.model;

/** The texts of {@code ListenerNotRemoved} findings, the same in both front ends. */
public final class ListenerMessages {
  private ListenerMessages() {}

  /**
   * A listener that keeps its registrant alive, registered on a source that may outlive it, and never
   * removed.
   *
   * @param registration the registering call's name, e.g. {@code addPropertyChangeListener}
   * @param removal the call that would undo it, e.g. {@code removePropertyChangeListener}
   * @param registrant the simple name of the class whose instances the listener keeps alive
   */
  public static String notRemoved(String registration, String removal, String registrant) {
    return "listener added by " + registration + "(…) is never removed: the source keeps this "
        + registrant + " alive as long as the source lives; call " + removal
        + "(…) when done (in close()/dispose()), or register a listener that does not hold this";
  }

  /**
   * A registration whose handle, the only way to undo it, is dropped in a class that has a lifecycle
   * end.
   *
   * @param registration the registering call's name, e.g. {@code subscribe}
   * @param handleType the simple name of the handle's type, e.g. {@code Subscription}
   */
  public static String handleDiscarded(String registration, String handleType) {
    return "the " + handleType + " returned by " + registration
        + "(…) is dropped: the registration can never be undone; keep it in a field and close it"
        + " when this object's life ends (close()/stop()/dispose())";
  }
}
