package io.github.leakproof.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Suppresses named Leakproof findings on the annotated element and everything inside it.
 *
 * <p>Both front ends honour it: the Error Prone checks read it from source, the SpotBugs plugin
 * from the class file (hence {@code CLASS} retention). Name checks in either spelling:
 *
 * <pre>{@code
 * @SuppressLeak(value = "ThreadLocalNotRemoved", reason = "cleared by RequestFilter after each request")
 * @SuppressLeak(value = "LEAK_THREADLOCAL_NOT_REMOVED", reason = "...")
 * }</pre>
 *
 * <p>The name deliberately does not end in {@code SuppressWarnings}: SpotBugs treats any annotation
 * so named as its own and would then swallow other detectors' findings.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.PARAMETER,
  ElementType.LOCAL_VARIABLE
})
public @interface SuppressLeak {
  /** Check names to suppress: Error Prone names ({@code ThreadLocalNotRemoved}) or SpotBugs bug types. */
  String[] value();

  /** Why the finding is not a leak here; required, so that the next reader knows. */
  String reason();
}
