package io.github.leakproof.corpus;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Reads a case file's markers:
 *
 * <ul>
 *   <li>{@code // BUG: Diagnostic contains: <Check>} — a finding of that check on the next line;
 *   <li>{@code // NOT-ERRORPRONE: <reason>} or {@code // NOT-SPOTBUGS: <reason>}, on the lines right
 *       above a {@code // BUG:} marker — that front end cannot see this finding, and why;
 *   <li>{@code // OPTIONS: <key>=<value> …} — Leakproof options the case runs with;
 *   <li>{@code // COMPILE-WITH: <File>.java …} — other case files of the same folder that Error Prone
 *       compiles in one compilation with this one, as a build compiles a module's files together
 *       (SpotBugs always sees every case).
 * </ul>
 *
 * Fields declared on a marked line are found with javac's parser, so that a front end without line
 * numbers for fields (bytecode) can match the finding by field.
 */
final class CaseParser {
  private static final Pattern BUG = Pattern.compile("^\\s*// BUG: Diagnostic contains: (\\S+)\\s*$");
  private static final Pattern UNSEEN = Pattern.compile("^\\s*// (NOT-ERRORPRONE|NOT-SPOTBUGS): (\\S.*)$");
  private static final int MINIMUM_REASON_WORDS = 3;
  private static final Pattern OPTIONS = Pattern.compile("^\\s*// OPTIONS: (.+)$");
  private static final Pattern COMPILE_WITH = Pattern.compile("^\\s*// COMPILE-WITH: (.+)$");

  private CaseParser() {}

  static CaseFile parse(String path, String check, String source) {
    List<String> lines = source.lines().toList();
    Declarations declarations = Declarations.of(path, source);
    Map<String, String> options = new LinkedHashMap<>();
    List<String> compileWith = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    Map<FrontEnd, String> pendingUnseen = new EnumMap<>(FrontEnd.class);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNumber = i + 1;
      Matcher options1 = OPTIONS.matcher(line);
      Matcher unseen = UNSEEN.matcher(line);
      Matcher bug = BUG.matcher(line);
      Matcher with = COMPILE_WITH.matcher(line);
      if (with.matches()) {
        for (String file : with.group(1).trim().split("\\s+")) {
          if (!file.endsWith(".java") || file.contains("/")) {
            throw malformed(path, lineNumber, "COMPILE-WITH wants file names of the same folder, got '" + file + "'");
          }
          compileWith.add(file);
        }
      } else if (options1.matches()) {
        for (String pair : options1.group(1).trim().split("\\s+")) {
          int eq = pair.indexOf('=');
          if (eq <= 0) {
            throw malformed(path, lineNumber, "OPTIONS wants key=value pairs, got '" + pair + "'");
          }
          options.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      } else if (unseen.matches()) {
        FrontEnd frontEnd =
            unseen.group(1).equals("NOT-ERRORPRONE") ? FrontEnd.ERROR_PRONE : FrontEnd.SPOTBUGS;
        String reason = unseen.group(2).trim();
        if (reason.split("\\s+").length < MINIMUM_REASON_WORDS) {
          throw malformed(path, lineNumber, "say why the front end cannot see it, in a few words");
        }
        pendingUnseen.put(frontEnd, reason);
      } else if (bug.matches()) {
        int target = lineNumber + 1;
        expectations.add(
            new Expectation(
                target, lineNumber, bug.group(1), declarations.fieldOn(target), Map.copyOf(pendingUnseen)));
        pendingUnseen.clear();
      } else if (!pendingUnseen.isEmpty()) {
        throw malformed(path, lineNumber, "a NOT-… marker must stand right above a // BUG: marker");
      }
    }
    if (!pendingUnseen.isEmpty()) {
      throw malformed(path, lines.size(), "a NOT-… marker must stand right above a // BUG: marker");
    }
    for (Expectation expectation : expectations) {
      if (expectation.unseenBy().size() == FrontEnd.values().length) {
        throw malformed(path, expectation.markerLine(), "a finding no front end sees is no expectation");
      }
    }
    return new CaseFile(
        path,
        check,
        lines,
        Map.copyOf(options),
        List.copyOf(expectations),
        declarations.topLevelClasses,
        List.copyOf(compileWith));
  }

  private static IllegalStateException malformed(String path, int line, String problem) {
    return new IllegalStateException(path + ":" + line + ": malformed case: " + problem);
  }

  /** Fields by the lines they span, and the top-level classes, from javac's parse tree. */
  private static final class Declarations {
    private final Map<Integer, DeclaredField> fieldsByLine = new TreeMap<>();
    private final Set<String> topLevelClasses = new LinkedHashSet<>();

    static Declarations of(String path, String source) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      JavaFileObject file =
          new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      JavacTask task =
          (JavacTask) javac.getTask(null, null, diagnostic -> {}, List.of("-proc:none"), null, List.of(file));
      Declarations declarations = new Declarations();
      try {
        for (CompilationUnitTree unit : task.parse()) {
          declarations.collect(unit, Trees.instance(task).getSourcePositions());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return declarations;
    }

    DeclaredField fieldOn(int line) {
      return fieldsByLine.get(line);
    }

    private void collect(CompilationUnitTree unit, SourcePositions positions) {
      String packagePrefix =
          unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
      for (Tree type : unit.getTypeDecls()) {
        if (type instanceof ClassTree cls) {
          String name = packagePrefix + cls.getSimpleName();
          topLevelClasses.add(name);
          collect(unit, positions, cls, name);
        }
      }
    }

    private void collect(CompilationUnitTree unit, SourcePositions positions, ClassTree cls, String binaryName) {
      for (Tree member : cls.getMembers()) {
        if (member instanceof VariableTree field) {
          long first = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, field));
          long last = unit.getLineMap().getLineNumber(positions.getEndPosition(unit, field));
          for (long line = first; line <= last; line++) {
            fieldsByLine.put((int) line, new DeclaredField(binaryName, field.getName().toString()));
          }
        } else if (member instanceof ClassTree nested) {
          collect(unit, positions, nested, binaryName + "$" + nested.getSimpleName());
        }
      }
    }
  }
}
