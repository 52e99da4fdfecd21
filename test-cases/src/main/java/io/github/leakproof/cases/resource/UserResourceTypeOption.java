// OPTIONS: Leakproof:ResourceTypes=io.github.leakproof.cases.resource.UserResourceTypeOption$DeviceHandle
package io.github.leakproof.cases.resource;

/** Positive (with the option naming it a resource type): a device handle is opened and never closed. */
public class UserResourceTypeOption {
  /** A handle on a native device, released by close(). */
  static final class DeviceHandle implements AutoCloseable {
    private final String device;

    DeviceHandle(String device) {
      this.device = device;
    }

    int readStatus() {
      return device.length();
    }

    @Override
    public void close() {}
  }

  public static int status(String device) {
    // BUG: Diagnostic contains: ResourceNotClosed
    DeviceHandle handle = new DeviceHandle(device);
    return handle.readStatus();
  }
}
