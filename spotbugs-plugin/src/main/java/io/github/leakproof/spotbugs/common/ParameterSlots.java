package io.github.leakproof.spotbugs.common;

import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.Type;

/** Where a method's parameters live among its local variables: {@code this} (if any), then each parameter. */
public final class ParameterSlots {
  private ParameterSlots() {}

  /** The number of local-variable slots the parameters take, {@code this} included: slots below it hold them. */
  public static int of(Method method) {
    int slots = method.isStatic() ? 0 : 1;
    for (Type parameter : method.getArgumentTypes()) {
      slots += parameter.getSize();
    }
    return slots;
  }
}
