/**
 * The shared corpus: one sub-package per check, each file a positive or a negative case.
 *
 * <p>A positive case marks each expected finding on the line above it with
 * {@code // BUG: Diagnostic contains: <ErrorProneName>}. A negative case has no marker, and any
 * finding in it fails both front ends' tests. Where one front end cannot see a finding, the marker
 * line is preceded by {@code // NOT-SPOTBUGS: <reason>} or {@code // NOT-ERRORPRONE: <reason>}.
 */
package io.github.leakproof.cases;
