package app;

/**
 * A handle on a native device, released by close(). Many AutoCloseable classes hold nothing, so Leakproof does not
 * assume that this one does: only the option makes it a resource.
 */
public final class DeviceHandle implements AutoCloseable {
  private final String device;

  public DeviceHandle(String device) {
    this.device = device;
  }

  public int readStatus() {
    return device.length();
  }

  @Override
  public void close() {}
}
