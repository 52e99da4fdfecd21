package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the command cannot use: exit code 2, one line on standard error naming it, nothing else. */
class BadInputTest {
  @TempDir Path dir;
  private Path classes;

  @BeforeEach
  void classes() throws IOException {
    classes = Fixture.classes(dir.resolve("classes"));
  }

  @Test
  void missingFolder() {
    assertBadInputIs("no such class folder or jar: " + dir.resolve("nowhere"), dir.resolve("nowhere").toString());
  }

  @Test
  void missingJar() {
    assertBadInputIs("no such class folder or jar: " + dir.resolve("app.jar"), dir.resolve("app.jar").toString());
  }

  @Test
  void fileThatIsNeitherClassNorJar() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertBadInputIs(notes + " is not a class folder, a jar or a class file", notes.toString());
  }

  @Test
  void classFileThatIsNot() throws IOException {
    Path fake = Files.writeString(classes.resolve("Fake.class"), "not bytecode");
    assertBadInputIs(fake + " is not a class file (it does not start with 0xCAFEBABE)", classes.toString());
  }

  @Test
  void jarThatIsNot() throws IOException {
    Path jar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    assertThat(assertBadInput(jar.toString())).startsWith(jar + " is not a readable jar");
  }

  @Test
  void jarHoldingSomethingElseAsAClass() throws IOException {
    Path jar = dir.resolve("odd.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("com/example/Odd.class"));
      zip.write("text".getBytes(UTF_8));
    }
    assertBadInputIs(jar + " holds com/example/Odd.class, which is not a class file", jar.toString());
  }

  @Test
  void missingClassPathEntry() {
    Path lib = dir.resolve("lib/missing.jar");
    assertBadInputIs("no such class path entry: " + lib, "--classpath", lib.toString(), classes.toString());
  }

  @Test
  void unknownStrictWordIsTheModelParsersError() {
    String line = assertBadInput("--strict", "threadlocal-cache", classes.toString());
    assertThat(line)
        .startsWith("invalid option Leakproof:Strict: unknown value 'threadlocal-cache'; expected a comma-separated list"
            + " of threadlocal-caches, ");
  }

  @Test
  void unknownLeakproofOption() {
    String line = assertBadInput("--option", "Leakproof:Stirct=all", classes.toString());
    assertThat(line).startsWith("invalid option Leakproof:Stirct: unknown option; known options: ");
  }

  @Test
  void unknownCommandLineOption() {
    assertBadInputIs("unknown option --sarif-file (--help lists the options)", "--sarif-file", "x", classes.toString());
  }

  @Test
  void reportIntoMissingFolder() {
    Path sarif = dir.resolve("reports/out.sarif");
    assertBadInputIs(
        "cannot write " + sarif + ": no folder " + sarif.getParent(), "--sarif", sarif.toString(), classes.toString());
  }

  @Test
  void missingBaseline() {
    Path baseline = dir.resolve("baseline.txt");
    assertBadInputIs(
        "no baseline file " + baseline + " (write one with --write-baseline " + baseline + ")",
        "--baseline", baseline.toString(), classes.toString());
  }

  @Test
  void baselineInAnotherFormat() throws IOException {
    Path baseline = Files.writeString(dir.resolve("baseline.txt"), "# comment\nResourceNotClosed com.example.A\n");
    assertThat(assertBadInput("--baseline", baseline.toString(), classes.toString()))
        .startsWith("the baseline " + baseline + " line 2 is not check<TAB>class<TAB>member<TAB>message");
  }

  @Test
  void truncatedClassFileIsFoundByTheEngine() throws IOException {
    Path whole = classes.resolve("io/github/leakproof/cases/resource/UnclosedBufferedWriter.class");
    Files.write(whole, java.util.Arrays.copyOf(Files.readAllBytes(whole), 100));
    assertThat(assertBadInput("--quiet", classes.toString()))
        .startsWith("a class file cannot be read: Invalid classfile format in ");
  }

  @Test
  void noReportIsWrittenOnBadInput() throws IOException {
    Path sarif = Files.writeString(dir.resolve("old.sarif"), "{}");
    assertBadInput("--sarif", sarif.toString(), "--strict", "bogus", classes.toString());
    assertThat(Files.readString(sarif)).isEqualTo("{}");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
    }
  }

  /** Asserts exit code 2, nothing on standard output and exactly one line on standard error; returns it. */
  private static String assertBadInput(String... args) {
    Fixture.Run run = Fixture.run(args);
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    String line = run.errLines().get(0);
    assertThat(line).startsWith("leakproof: ");
    return line.substring("leakproof: ".length());
  }

  private static void assertBadInputIs(String expected, String... args) {
    assertThat(assertBadInput(args)).isEqualTo(expected);
  }
}
