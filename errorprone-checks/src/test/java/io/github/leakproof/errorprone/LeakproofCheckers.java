package io.github.leakproof.errorprone;

import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.ScannerSupplier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Every Leakproof check, found the way Error Prone finds plugins: through the service file. */
public final class LeakproofCheckers {
  private LeakproofCheckers() {}

  static List<Class<? extends BugChecker>> all() {
    List<Class<? extends BugChecker>> checks = new ArrayList<>();
    for (ServiceLoader.Provider<BugChecker> provider : ServiceLoader.load(BugChecker.class).stream().toList()) {
      if (provider.type().getName().startsWith("io.github.leakproof.")) {
        checks.add(provider.type());
      }
    }
    checks.sort(Comparator.comparing(Class::getName));
    if (checks.isEmpty()) {
      throw new IllegalStateException("no Leakproof check in META-INF/services: is AutoService running?");
    }
    return checks;
  }

  public static ScannerSupplier scanner() {
    return ScannerSupplier.fromBugCheckerClasses(all());
  }
}
