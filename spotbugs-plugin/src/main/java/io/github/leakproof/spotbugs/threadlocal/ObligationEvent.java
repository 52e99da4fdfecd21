package io.github.leakproof.spotbugs.threadlocal;

/**
 * What one instruction does to a thread-local: gives it a value, takes the value away, or calls a
 * method of the same class (which may take the value away).
 *
 * @param pc the instruction's bytecode offset
 * @param kind what it does
 * @param variable the thread-local: an {@code XField}, or the {@code Integer} local-variable slot
 * @param callee for {@link Kind#CALL_LOCAL}, the called method's name and signature
 */
record ObligationEvent(int pc, Kind kind, Object variable, String callee) {
  enum Kind {
    SET,
    CLEAR,
    CALL_LOCAL
  }
}
