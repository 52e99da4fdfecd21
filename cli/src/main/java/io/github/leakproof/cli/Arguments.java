package io.github.leakproof.cli;

import io.github.leakproof.model.LeakproofOptions;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, parsed: what to analyse, against what, where to write, and the {@code Leakproof:} options.
 * Only the words are checked here; {@link Inputs} checks that the files are there.
 *
 * @param targets class folders, jars and class files to analyse
 * @param classpath what they refer to (libraries), analysed only as far as the targets need
 * @param sarif where to write a SARIF 2.1.0 report, or null
 * @param baseline the baseline to read: findings listed there do not fail the run; or null
 * @param writeBaseline where to record this run's findings as a baseline, or null
 * @param reportOnly report findings but exit 0
 * @param quiet no progress lines on standard error
 * @param help print the usage and exit
 * @param options {@code Leakproof:<Name>} options, as the SpotBugs plugin reads them from system properties
 */
record Arguments(
    List<Path> targets,
    List<Path> classpath,
    Path sarif,
    Path baseline,
    Path writeBaseline,
    boolean reportOnly,
    boolean quiet,
    boolean help,
    Map<String, String> options) {

  static final String USAGE =
      """
      Usage: java -jar leakproof-cli.jar [options] <class folder | jar | class file>...

      Finds leaks with Leakproof's detectors (on SpotBugs' engine) in compiled classes.

      Options:
        --classpath <path>        libraries the classes use (entries separated by '%1$s'; repeatable)
        --sarif <file>            also write the findings as SARIF 2.1.0
        --baseline <file>         findings listed in this baseline file do not fail the run
        --write-baseline <file>   record this run's findings as a baseline file (and exit 0)
        --strict <words>          Leakproof:Strict, e.g. threadlocal-caches,static-executors (or all)
        --option <Leakproof:Name=value>
                                  any other Leakproof option (repeatable)
        --options-file <file>     a file of Leakproof:Name=value lines (Leakproof:OptionsFile)
        --report-only             print the findings but exit 0
        --quiet                   no progress lines on standard error
        --help                    this text

      Exit codes: 0 no new findings (or --report-only), 1 new findings, 2 bad input, 3 the analysis failed.
      Docs: docs/usage/cli.md
      """
          .formatted(File.pathSeparator);

  /** The options that take a value. */
  private static final List<String> VALUED =
      List.of("--classpath", "-cp", "--sarif", "--baseline", "--write-baseline", "--strict", "--option",
          "--options-file");

  Arguments {
    targets = List.copyOf(targets);
    classpath = List.copyOf(classpath);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** Parses {@code args}; {@code --name value} and {@code --name=value} are the same. */
  static Arguments parse(List<String> args) throws BadInputException {
    Builder b = new Builder();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        b.targets.add(path("a class folder or jar", arg));
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 && arg.startsWith("--") ? arg.substring(0, eq) : arg;
      String inlineValue = eq > 0 && arg.startsWith("--") ? arg.substring(eq + 1) : null;
      switch (name) {
        case "--report-only" -> b.reportOnly = flag(name, inlineValue);
        case "--quiet" -> b.quiet = flag(name, inlineValue);
        case "--help", "-h" -> b.help = flag(name, inlineValue);
        default -> {
          if (!VALUED.contains(name)) {
            throw new BadInputException("unknown option " + name + " (--help lists the options)");
          }
          String value = inlineValue;
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new BadInputException(name + " needs a value");
            }
            value = args.get(++i);
          }
          b.accept(name, value);
        }
      }
    }
    if (!b.help && b.targets.isEmpty()) {
      throw new BadInputException("nothing to analyse: name class folders or jars, e.g. target/classes (--help for usage)");
    }
    return b.build();
  }

  private static boolean flag(String name, String inlineValue) throws BadInputException {
    if (inlineValue != null) {
      throw new BadInputException(name + " takes no value");
    }
    return true;
  }

  private static Path path(String what, String value) throws BadInputException {
    if (value.isBlank()) {
      throw new BadInputException("an empty name where " + what + " was expected");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new BadInputException("'" + value + "' is not a file name (" + what + ")");
    }
  }

  private static final class Builder {
    final List<Path> targets = new ArrayList<>();
    final List<Path> classpath = new ArrayList<>();
    final Map<String, String> options = new LinkedHashMap<>();
    Path sarif;
    Path baseline;
    Path writeBaseline;
    boolean reportOnly;
    boolean quiet;
    boolean help;

    void accept(String name, String value) throws BadInputException {
      switch (name) {
        case "--classpath", "-cp" -> {
          for (String entry : value.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
              classpath.add(path("a class path entry", entry));
            }
          }
        }
        case "--sarif" -> sarif = path("the SARIF file", value);
        case "--baseline" -> baseline = path("the baseline file", value);
        case "--write-baseline" -> writeBaseline = path("the baseline file to write", value);
        case "--strict" -> options.merge(LeakproofOptions.STRICT, value, (old, more) -> old + "," + more);
        case "--options-file" -> options.put(LeakproofOptions.OPTIONS_FILE, value);
        case "--option" -> {
          int eq = value.indexOf('=');
          if (!value.startsWith(LeakproofOptions.PREFIX) || eq < 0) {
            throw new BadInputException(
                "--option takes " + LeakproofOptions.PREFIX + "<Name>=<value>, not '" + value + "'");
          }
          options.put(value.substring(0, eq), value.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException(name);
      }
    }

    Arguments build() {
      return new Arguments(
          targets, classpath, sarif, baseline, writeBaseline, reportOnly, quiet, help, options);
    }
  }
}
