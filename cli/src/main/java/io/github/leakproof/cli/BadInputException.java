package io.github.leakproof.cli;

/**
 * The command line's input cannot be used. The message is the one line printed on standard error, and the run
 * exits with {@link ExitCode#BAD_INPUT}.
 */
final class BadInputException extends Exception {
  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
