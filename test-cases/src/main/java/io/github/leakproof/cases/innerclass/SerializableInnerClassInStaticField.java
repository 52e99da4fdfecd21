package io.github.leakproof.cases.innerclass;

import java.io.Serializable;

/**
 * Positive: an inner class that uses nothing of its outer instance, but is Serializable: javac keeps
 * this$0 for the serialized form, so the static snapshot still holds the whole outer object.
 */
public class SerializableInnerClassInStaticField {
  static Object lastSnapshot;

  private final byte[] document = new byte[1 << 20];

  public void snapshot(int version) {
    // BUG: Diagnostic contains: Snapshot
    lastSnapshot = new Snapshot(version);
  }

  public int size() {
    return document.length;
  }

  class Snapshot implements Serializable {
    private static final long serialVersionUID = 1L;
    final int version;

    Snapshot(int version) {
      this.version = version;
    }
  }
}
