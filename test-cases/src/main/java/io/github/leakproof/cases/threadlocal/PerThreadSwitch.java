package io.github.leakproof.cases.threadlocal;

import java.util.concurrent.Callable;

/**
 * Negative: a per-thread on/off switch with a default, set from a caller's {@code boolean} and never
 * removed (as in terminal libraries' "colours enabled on this thread"). A {@code Boolean} carries no
 * request's data and pins no class loader; a stale switch is a setting, not a leak.
 */
public final class PerThreadSwitch {
  private static volatile Callable<Boolean> detector = () -> System.console() != null;

  private static final InheritableThreadLocal<Boolean> ENABLED =
      new InheritableThreadLocal<Boolean>() {
        @Override
        protected Boolean initialValue() {
          return detected();
        }
      };

  private PerThreadSwitch() {}

  private static boolean detected() {
    try {
      return detector.call();
    } catch (Exception e) {
      return true;
    }
  }

  public static void setEnabled(boolean flag) {
    ENABLED.set(flag);
  }

  public static boolean isEnabled() {
    return ENABLED.get();
  }

  public static String paint(String text, String colour) {
    return isEnabled() ? colour + text + "\u001b[0m" : text;
  }
}
