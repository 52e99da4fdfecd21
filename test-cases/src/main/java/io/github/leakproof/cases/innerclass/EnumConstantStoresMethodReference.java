package io.github.leakproof.cases.innerclass;

import java.util.function.IntSupplier;

/** Negative: an enum constant publishes a reference to itself statically; enum constants live forever anyway. */
public enum EnumConstantStoresMethodReference {
  PRIMARY;

  static IntSupplier current;

  private int hits;

  public void activate() {
    current = this::hit;
  }

  private int hit() {
    return ++hits;
  }
}
