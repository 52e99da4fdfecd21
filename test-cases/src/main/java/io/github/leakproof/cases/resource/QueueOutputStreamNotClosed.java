package io.github.leakproof.cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.io.input.QueueInputStream;

/**
 * Negative: commons-io's {@code QueueInputStream}/{@code QueueOutputStream} are an in-memory pipe over a
 * {@code BlockingQueue}; closing them does nothing. As in commons-io's own {@code IOUtils.copy(ByteArrayOutputStream)},
 * found by the real-code harness (docs/real-code.md).
 */
public class QueueOutputStreamNotClosed {
  public static QueueInputStream copy(ByteArrayOutputStream bytes) throws IOException {
    QueueInputStream in = new QueueInputStream();
    bytes.writeTo(in.newQueueOutputStream());
    return in;
  }
}
