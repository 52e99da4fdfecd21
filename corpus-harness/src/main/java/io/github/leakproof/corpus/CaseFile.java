package io.github.leakproof.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One corpus case: its source, the options it runs with, and the findings it expects.
 *
 * @param path the resource path, e.g. {@code io/github/leakproof/cases/threadlocal/SetWithoutRemove.java}
 * @param check the case's package under {@code io.github.leakproof.cases}, e.g. {@code threadlocal}
 * @param lines the source, line by line
 * @param options Leakproof options from an {@code // OPTIONS: key=value …} line, in order
 * @param expectations the expected findings; none for a negative case
 * @param topLevelClasses binary names of the classes the file declares at top level
 * @param compileWith file names of other cases in the same folder that Error Prone compiles together
 *     with this one ({@code // COMPILE-WITH:})
 */
public record CaseFile(
    String path,
    String check,
    List<String> lines,
    Map<String, String> options,
    List<Expectation> expectations,
    Set<String> topLevelClasses,
    List<String> compileWith) {

  /** The resource path of a file named by {@code // COMPILE-WITH:}, in this case's folder. */
  public String siblingPath(String fileName) {
    return path.substring(0, path.lastIndexOf('/') + 1) + fileName;
  }

  /** The file name without folders, e.g. {@code SetWithoutRemove.java}. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** A short name for test reports, e.g. {@code threadlocal/SetWithoutRemove}. */
  public String displayName() {
    return check + "/" + fileName().replace(".java", "");
  }

  public boolean isNegative() {
    return expectations.isEmpty();
  }

  /** The expectations this front end must meet. */
  public List<Expectation> expectationsFor(FrontEnd frontEnd) {
    return expectations.stream().filter(e -> e.isSeenBy(frontEnd)).toList();
  }

  /** The expectations this front end is excused from, each with its reason. */
  public List<Expectation> unseenBy(FrontEnd frontEnd) {
    return expectations.stream().filter(e -> !e.isSeenBy(frontEnd)).toList();
  }

  /**
   * The source as this front end's test should see it: {@code // BUG:} markers of findings it cannot
   * see are neutralised, so that a finding there is unexpected. Line numbers do not change.
   */
  public List<String> linesFor(FrontEnd frontEnd) {
    List<String> copy = new ArrayList<>(lines);
    for (Expectation expectation : unseenBy(frontEnd)) {
      int index = expectation.markerLine() - 1;
      copy.set(index, copy.get(index).replace("// BUG: Diagnostic contains:", "// not seen by this front end:"));
    }
    return copy;
  }

  /** True if the class with this binary name was compiled from this file. */
  public boolean declares(String binaryClassName) {
    for (String topLevel : topLevelClasses) {
      if (binaryClassName.equals(topLevel) || binaryClassName.startsWith(topLevel + "$")) {
        return true;
      }
    }
    return false;
  }
}
