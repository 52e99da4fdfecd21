package io.github.leakproof.spotbugs.flow;

/**
 * Something a branch can tell about a subject: "the local or field {@code subject} is null", or "the
 * number (a boolean) {@code subject} is non-zero". Remembered along paths so that an acquisition and a
 * later release under the same test ({@code if (owned) in.close()}, {@code forced == null ? open() :
 * forced}) are seen to go together.
 *
 * @param subject a local slot ({@code Integer}) or a field of {@code this} ({@code XField})
 * @param isNullTest true for "is null", false for "is non-zero"
 */
record Condition(Object subject, boolean isNullTest) {}
