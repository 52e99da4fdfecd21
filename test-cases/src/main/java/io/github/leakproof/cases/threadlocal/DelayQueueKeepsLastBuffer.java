package io.github.leakproof.cases.threadlocal;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Positive (Undertow's direct-buffer deallocator): each thread queues the buffers it frees, and frees
 * them for good a little later. {@code free()} drains the old entries and then queues the new one, so the
 * queue shrinks but is never empty at rest: every pooled thread keeps the last buffer it freed, in an
 * object of the application's class, and with it the application's class loader. A container drained
 * and never refilled in the same method is emptied after use (RenderContextStackPoppedInFinally).
 */
public final class DelayQueueKeepsLastBuffer {
  /** A buffer and when it was freed. */
  public static final class QueuedBuffer {
    final ByteBuffer buffer;
    final long freedAt;

    QueuedBuffer(ByteBuffer buffer, long freedAt) {
      this.buffer = buffer;
      this.freedAt = freedAt;
    }
  }

  private static final long DELAY_MILLIS = 100;

  // BUG: Diagnostic contains: ThreadLocalNotRemoved
  private static final ThreadLocal<Queue<QueuedBuffer>> QUEUE = ThreadLocal.withInitial(ArrayDeque::new);

  private DelayQueueKeepsLastBuffer() {}

  public static void free(ByteBuffer buffer) {
    Queue<QueuedBuffer> queue = QUEUE.get();
    long now = System.currentTimeMillis();
    QueuedBuffer oldest = queue.peek();
    while (oldest != null && oldest.freedAt <= now - DELAY_MILLIS) {
      queue.remove();
      release(oldest.buffer);
      oldest = queue.peek();
    }
    queue.add(new QueuedBuffer(buffer, now));
  }

  private static void release(ByteBuffer buffer) {
    buffer.clear();
  }
}
