package io.github.leakproof.spotbugs.innerclass;

import io.github.leakproof.model.InnerClassMessages.Capturer;

/**
 * The mark an operand-stack value carries when it holds the enclosing instance.
 *
 * @param kind what captures, as the messages name it
 * @param description the capturer's description for the message
 * @param pc where the object is made (the {@code new} or {@code invokedynamic}): where it is reported
 */
record Captured(Capturer kind, String description, int pc) {}
