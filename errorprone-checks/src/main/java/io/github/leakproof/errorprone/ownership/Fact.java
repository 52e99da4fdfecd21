package io.github.leakproof.errorprone.ownership;

import javax.lang.model.element.Element;

/**
 * A condition the analysis can remember along a path: "the local or field {@code subject} is null",
 * or "the boolean {@code subject} is true". Used to see that an acquisition and a later release test
 * the same condition ({@code if (owned) in.close()}, {@code forced == null ? open() : forced}), so
 * that paths that cannot happen together are not reported.
 *
 * @param subject a local variable or a field of this object
 * @param isNullTest true for "subject == null", false for a boolean subject's value
 */
public record Fact(Element subject, boolean isNullTest) {}
