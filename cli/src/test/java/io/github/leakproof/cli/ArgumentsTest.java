package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  @Test
  void readsEveryOptionInBothSpellings() throws Exception {
    Arguments arguments =
        Arguments.parse(
            List.of(
                "--classpath", "a.jar" + File.pathSeparator + "lib/b.jar",
                "-cp", "c.jar",
                "--sarif=out.sarif",
                "--baseline", "base.txt",
                "--write-baseline", "new.txt",
                "--strict", "threadlocal-caches",
                "--strict=static-executors",
                "--option", "Leakproof:ResourceTypes=com.example.Blob",
                "--options-file", "leakproof.properties",
                "--report-only",
                "--quiet",
                "target/classes",
                "--",
                "--odd-folder-name"));
    assertThat(arguments.targets()).containsExactly(Path.of("target/classes"), Path.of("--odd-folder-name")).inOrder();
    assertThat(arguments.classpath()).containsExactly(Path.of("a.jar"), Path.of("lib/b.jar"), Path.of("c.jar")).inOrder();
    assertThat(arguments.sarif()).isEqualTo(Path.of("out.sarif"));
    assertThat(arguments.baseline()).isEqualTo(Path.of("base.txt"));
    assertThat(arguments.writeBaseline()).isEqualTo(Path.of("new.txt"));
    assertThat(arguments.reportOnly()).isTrue();
    assertThat(arguments.quiet()).isTrue();
    assertThat(arguments.help()).isFalse();
    assertThat(arguments.options())
        .containsExactly(
            "Leakproof:Strict", "threadlocal-caches,static-executors",
            "Leakproof:ResourceTypes", "com.example.Blob",
            "Leakproof:OptionsFile", "leakproof.properties");
  }

  @Test
  void defaultsAreOff() throws Exception {
    Arguments arguments = Arguments.parse(List.of("build/classes", "app.jar"));
    assertThat(arguments.targets()).containsExactly(Path.of("build/classes"), Path.of("app.jar"));
    assertThat(arguments.classpath()).isEmpty();
    assertThat(arguments.sarif()).isNull();
    assertThat(arguments.baseline()).isNull();
    assertThat(arguments.writeBaseline()).isNull();
    assertThat(arguments.reportOnly()).isFalse();
    assertThat(arguments.options()).isEqualTo(Map.of());
  }

  @Test
  void helpNeedsNoTarget() throws Exception {
    assertThat(Arguments.parse(List.of("--help")).help()).isTrue();
  }

  @Test
  void unknownOptionIsNamed() {
    BadInputException e = assertThrows(BadInputException.class, () -> Arguments.parse(List.of("--sarf", "x", "t")));
    assertThat(e).hasMessageThat().isEqualTo("unknown option --sarf (--help lists the options)");
  }

  @Test
  void optionWithoutItsValue() {
    BadInputException e = assertThrows(BadInputException.class, () -> Arguments.parse(List.of("t", "--baseline")));
    assertThat(e).hasMessageThat().isEqualTo("--baseline needs a value");
  }

  @Test
  void flagWithAValue() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> Arguments.parse(List.of("--report-only=yes", "t")));
    assertThat(e).hasMessageThat().isEqualTo("--report-only takes no value");
  }

  @Test
  void nothingToAnalyse() {
    BadInputException e = assertThrows(BadInputException.class, () -> Arguments.parse(List.of("--quiet")));
    assertThat(e).hasMessageThat().startsWith("nothing to analyse");
  }

  @Test
  void optionMustBeALeakproofKeyWithAValue() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> Arguments.parse(List.of("--option", "Strict=all", "t")));
    assertThat(e).hasMessageThat().isEqualTo("--option takes Leakproof:<Name>=<value>, not 'Strict=all'");
  }
}
