package app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The project's own per-thread value holder: like ThreadLocal, but Leakproof only knows it by option. */
public class RequestLocal<T> {
  private final Map<Thread, T> values = new ConcurrentHashMap<>();

  public void set(T value) {
    values.put(Thread.currentThread(), value);
  }

  public T get() {
    return values.get(Thread.currentThread());
  }

  public void remove() {
    values.remove(Thread.currentThread());
  }
}
