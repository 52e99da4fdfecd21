package io.github.leakproof.corpus;

/**
 * A field declaration in a case file.
 *
 * @param className the binary name of the declaring class, e.g. {@code a.b.Outer$Inner}
 * @param name the field's name
 */
public record DeclaredField(String className, String name) {}
