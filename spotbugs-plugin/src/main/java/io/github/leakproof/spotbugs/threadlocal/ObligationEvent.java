package io.github.leakproof.spotbugs.threadlocal;

import edu.umd.cs.findbugs.ba.XField;
import io.github.leakproof.model.ThreadLocalCatalogue.SetKind;

/**
 * What one instruction does to a thread-local: a {@code set} (of some {@link SetKind}), a {@code
 * remove()}, or a call to a method of the same class (which may remove it).
 *
 * @param pc the instruction's bytecode offset
 * @param kind what it does
 * @param variable the thread-local: an {@code XField}, or the {@code Integer} local-variable slot
 * @param setKind for {@link Kind#SET}, what the set does
 * @param valueField for {@link Kind#SET}, the field the value was read from, or null
 * @param valueIsParameter for {@link Kind#SET}, true if the value is one of the method's parameters
 * @param callee for {@link Kind#CALL_LOCAL}, the called method's name and signature
 */
record ObligationEvent(
    int pc,
    Kind kind,
    Object variable,
    SetKind setKind,
    XField valueField,
    boolean valueIsParameter,
    String callee) {
  enum Kind {
    SET,
    REMOVE,
    CALL_LOCAL
  }

  static ObligationEvent set(
      int pc, Object variable, SetKind setKind, XField valueField, boolean valueIsParameter) {
    return new ObligationEvent(pc, Kind.SET, variable, setKind, valueField, valueIsParameter, null);
  }

  static ObligationEvent remove(int pc, Object variable) {
    return new ObligationEvent(pc, Kind.REMOVE, variable, null, null, false, null);
  }

  static ObligationEvent callLocal(int pc, String callee) {
    return new ObligationEvent(pc, Kind.CALL_LOCAL, null, null, null, false, callee);
  }

  /** The same set, judged again (a restore recognised once the whole class is seen). */
  ObligationEvent withSetKind(SetKind newKind) {
    return new ObligationEvent(pc, kind, variable, newKind, valueField, valueIsParameter, callee);
  }

  /** A set that gives the thread a value someone must remove. */
  boolean givesValue() {
    return kind == Kind.SET && setKind == SetKind.GIVES_VALUE;
  }

  /** A remove(), set(null), a restore or a constant: nothing of a request is left. */
  boolean clearsDirectly() {
    return kind == Kind.REMOVE || (kind == Kind.SET && setKind.clears());
  }
}
