package io.github.leakproof.errorprone.common;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import io.github.leakproof.model.InvalidOptionException;
import io.github.leakproof.model.LeakproofOptions;
import io.github.leakproof.model.ParsedOptions;
import javax.tools.JavaFileObject;

/**
 * Reads Leakproof's options from Error Prone's {@code -XepOpt:Leakproof:<Name>=<value>} flags.
 *
 * <p>A bad value must not be thrown from a check's constructor: Error Prone creates checks
 * reflectively and turns any exception there into a compiler crash with a stack trace. So {@link
 * #from} keeps the problem, and the check calls {@link #reportIfInvalid} from {@code
 * matchCompilationUnit}: the problem becomes one compiler error without a source position, e.g.
 * {@code error: Leakproof: invalid option Leakproof:Strict: unknown value 'x'; expected …}, and
 * the check reports nothing else.
 */
public final class Options {
  /** Marks a compilation whose option problem has been reported, so that it is reported once. */
  private static final Context.Key<InvalidOptionException> REPORTED = new Context.Key<>();

  private final ParsedOptions parsed;

  private Options(ParsedOptions parsed) {
    this.parsed = parsed;
  }

  /** Never throws: a bad value is kept for {@link #reportIfInvalid}. */
  public static Options from(ErrorProneFlags flags) {
    return new Options(ParsedOptions.parse(flags.getFlagsMap()));
  }

  /** The options; the defaults when one is bad. */
  public LeakproofOptions values() {
    return parsed.values();
  }

  public boolean isValid() {
    return parsed.isValid();
  }

  /**
   * If an option is bad, reports it as a compiler error naming the option, once per compilation
   * however many checks or files ask; returns true if an option is bad.
   */
  public boolean reportIfInvalid(VisitorState state) {
    InvalidOptionException problem = parsed.problem();
    if (problem == null) {
      return false;
    }
    Context context = state.context;
    if (context.get(REPORTED) == null) {
      context.put(REPORTED, problem);
      Log log = Log.instance(context);
      JavaFileObject file = log.useSource(null); // about the command line, not this file
      try {
        // Error Prone's message key for its own diagnostics: the message, as is.
        log.error(new JCDiagnostic.Error("compiler", "error.prone", problem.getMessage()));
      } finally {
        log.useSource(file);
      }
    }
    return true;
  }
}
