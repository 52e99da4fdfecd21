package io.github.leakproof.spotbugs.innerclass;

import io.github.leakproof.model.InnerClassMessages.Capturer;

/**
 * The mark an operand-stack value carries when it holds the enclosing instance.
 *
 * @param kind what captures, as the messages name it
 * @param description the capturer's description for the message
 * @param pc where the object is made (the {@code new} or {@code invokedynamic}): where it is reported
 * @param runClass the class whose method runs when the object is run as a task (dotted name)
 * @param runMethod that method: a lambda's body, the referenced method, or a class's {@code run}
 */
record Captured(Capturer kind, String description, int pc, String runClass, String runMethod) {
  /** The same mark for an object made at {@code pc}. */
  Captured at(int newPc) {
    return new Captured(kind, description, newPc, runClass, runMethod);
  }
}
