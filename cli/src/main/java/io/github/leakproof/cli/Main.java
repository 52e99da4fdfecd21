package io.github.leakproof.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar leakproof-cli.jar [options] target/classes…}: analyses, prints the findings, writes the reports
 * asked for, and exits with an {@link ExitCode}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // SpotBugs logs through SLF4J, and this jar brings no logger: no warning about that on every run.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** The whole command, without exiting: returns the exit code. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      Arguments arguments = Arguments.parse(args);
      if (arguments.help()) {
        out.print(Arguments.USAGE);
        return ExitCode.CLEAN;
      }
      Map<String, String> options = Inputs.check(arguments);
      Baseline baseline = arguments.baseline() == null ? Baseline.NONE : Baseline.read(arguments.baseline());

      Progress progress = Progress.onStandardError(err, arguments.quiet());
      Analysis.Result result = Analysis.run(arguments.targets(), arguments.classpath(), options, progress);
      if (!result.invalidClasses().isEmpty()) {
        throw new BadInputException("a class file cannot be read: " + firstOf(result.invalidClasses()));
      }
      if (!result.errors().isEmpty()) {
        err.println("leakproof: the analysis failed: " + firstOf(result.errors()));
        return ExitCode.ANALYSIS_FAILED;
      }
      progress.finished();
      if (!result.missingClasses().isEmpty() && !arguments.quiet()) {
        err.println("leakproof: " + result.missingClasses().size() + " classes the code uses are not on the class path"
            + " (add their jars with --classpath; findings that need them may be missed), e.g. "
            + result.missingClasses().iterator().next());
      }

      Baseline.Split split = baseline.split(result.findings());
      TextReport.print(out, split, arguments.baseline());
      if (arguments.sarif() != null) {
        AtomicFiles.write(arguments.sarif(), SarifWriter.toJson(split, result.descriptions(), arguments.baseline()));
      }
      if (arguments.writeBaseline() != null) {
        AtomicFiles.write(arguments.writeBaseline(), Baseline.of(result.findings()).text());
        int recorded = result.findings().size();
        out.println("leakproof: wrote " + recorded + (recorded == 1 ? " finding" : " findings") + " to the baseline "
            + arguments.writeBaseline());
        return ExitCode.CLEAN;
      }
      return split.fresh().isEmpty() || arguments.reportOnly() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    } catch (BadInputException e) {
      err.println("leakproof: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (Exception | LinkageError e) {
      err.println("leakproof: the analysis failed: " + e);
      return ExitCode.ANALYSIS_FAILED;
    }
  }

  /** The first of several problems, and how many more there are: one line. */
  private static String firstOf(List<String> problems) {
    int more = problems.size() - 1;
    return problems.get(0) + (more == 0 ? "" : " (and " + more + " more)");
  }
}
