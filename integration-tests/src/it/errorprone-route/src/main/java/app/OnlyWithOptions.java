package app;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reported only under the options the "options" profile sets; silent by default. */
public class OnlyWithOptions {
  /** Leakproof:Strict=threadlocal-caches: a per-thread map that may hold anything, only read, is never removed. */
  private static final ThreadLocal<java.util.Map<String, Object>> RENDERER = ThreadLocal.withInitial(java.util.HashMap::new);

  /** Leakproof:ThreadLocalTypes=app.RequestLocal: set and never removed. */
  private static final RequestLocal<String> TENANT = new RequestLocal<>();

  static String render(long millis) {
    return String.valueOf(RENDERER.get().computeIfAbsent("last", k -> new Renderer().render(millis)));
  }

  static void enter(String tenant) {
    TENANT.set(tenant);
  }

  /** Leakproof:ResourceTypes=app.DeviceHandle: opened and never closed. */
  static int status(String device) {
    DeviceHandle handle = new DeviceHandle(device);
    return handle.readStatus();
  }

  /** Leakproof:ResourceFactories=app.BlobStore#fetch (from leakproof.properties): never closed. */
  static byte[] download(BlobStore store, String key) throws IOException {
    InputStream blob = store.fetch(key);
    return blob.readAllBytes();
  }

  /** Leakproof:CloseMethods=app.StreamFinisher#finish: closed by the project's helper, so reported only without it. */
  static int firstByte(String file, StreamFinisher finisher) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      finisher.finish(in);
    }
  }

  static final class Renderer {
    String render(long millis) {
      return Long.toString(millis);
    }
  }

  /** Leakproof:ListenerPairs=on#off: a handler that holds this object, put on the static emitter and never taken off. */
  static final Emitter APP_EVENTS = new Emitter();

  private int resizes;

  void mount() {
    APP_EVENTS.on("resize", this::relayout);
  }

  private void relayout() {
    resizes++;
  }

  int resizes() {
    return resizes;
  }

  /** An event-emitter style source: on() registers, off() removes. */
  static final class Emitter {
    private final java.util.Map<String, Runnable> handlers = new java.util.concurrent.ConcurrentHashMap<>();

    void on(String event, Runnable handler) {
      handlers.put(event, handler);
    }

    void off(String event) {
      handlers.remove(event);
    }
  }
}
