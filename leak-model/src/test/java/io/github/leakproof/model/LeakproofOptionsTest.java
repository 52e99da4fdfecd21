package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakproofOptionsTest {
  @Test
  void defaultsAreNotStrict() {
    LeakproofOptions options = LeakproofOptions.parse(Map.of("NullAway:AnnotatedPackages", "com.x"));
    assertThat(options.isStrict(StrictMode.THREADLOCAL_CACHES)).isFalse();
    assertThat(options.threadLocalTypes()).isEmpty();
  }

  @Test
  void strictWordsAndAll() {
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:Strict", " threadlocal-caches "))
            .isStrict(StrictMode.THREADLOCAL_CACHES))
        .isTrue();
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:Strict", "ALL"))
            .isStrict(StrictMode.THREADLOCAL_CACHES))
        .isTrue();
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:Strict", "none"))
            .isStrict(StrictMode.THREADLOCAL_CACHES))
        .isFalse();
  }

  @Test
  void unknownStrictWordNamesTheOptionAndTheChoices() {
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> LeakproofOptions.parse(Map.of("Leakproof:Strict", "threadlocals")));
    assertThat(e.option()).isEqualTo("Leakproof:Strict");
    assertThat(e).hasMessageThat().contains("'threadlocals'");
    assertThat(e).hasMessageThat().contains("threadlocal-caches");
  }

  @Test
  void unknownKeyIsRejectedWithTheKnownOnes() {
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class, () -> LeakproofOptions.parse(Map.of("Leakproof:Stirct", "all")));
    assertThat(e).hasMessageThat().contains("Leakproof:Stirct");
    assertThat(e).hasMessageThat().contains("Leakproof:Strict");
  }

  @Test
  void severityIsOneOfErrorWarningSuggestionInAnyCase() {
    assertThat(LeakproofOptions.defaults().severity()).isNull();
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:Severity", "warn")).severity()).isEqualTo("WARNING");
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:Severity", "Error")).severity()).isEqualTo("ERROR");
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class, () -> LeakproofOptions.parse(Map.of("Leakproof:Severity", "OFF")));
    assertThat(e.option()).isEqualTo("Leakproof:Severity");
    assertThat(e).hasMessageThat().contains("'OFF'");
  }

  @Test
  void baselineNeedsAOneLineReason() {
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:Baseline", " existing code ")).baselineReason())
        .isEqualTo("existing code");
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class, () -> LeakproofOptions.parse(Map.of("Leakproof:Baseline", " ")));
    assertThat(e.option()).isEqualTo("Leakproof:Baseline");
  }

  @Test
  void threadLocalTypesMustBeQualifiedNames() {
    assertThat(LeakproofOptions.parse(Map.of("Leakproof:ThreadLocalTypes", "a.B, c.D$E"))
            .threadLocalTypes())
        .containsExactly("a.B", "c.D$E");
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> LeakproofOptions.parse(Map.of("Leakproof:ThreadLocalTypes", "a.B;c.D")));
    assertThat(e).hasMessageThat().contains("Leakproof:ThreadLocalTypes");
  }

  @Test
  void optionsFileIsReadAndDirectKeysWin(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("leakproof.properties");
    Files.writeString(
        file, "# team defaults\nLeakproof:Strict=all\n\nLeakproof\\:ThreadLocalTypes = x.Y\n");
    LeakproofOptions options =
        LeakproofOptions.parse(
            Map.of("Leakproof:OptionsFile", file.toString(), "Leakproof:Strict", "none"));
    assertThat(options.isStrict(StrictMode.THREADLOCAL_CACHES)).isFalse();
    assertThat(options.threadLocalTypes()).containsExactly("x.Y");
  }

  @Test
  void optionsFileLineWithoutValueNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("leakproof.properties");
    Files.writeString(file, "Leakproof:Strict=all\nLeakproof:Strict\n");
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> LeakproofOptions.parse(Map.of("Leakproof:OptionsFile", file.toString())));
    assertThat(e).hasMessageThat().contains("line 2");
  }

  @Test
  void missingOptionsFileNamesTheOption() {
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> LeakproofOptions.parse(Map.of("Leakproof:OptionsFile", "/no/such/file")));
    assertThat(e.option()).isEqualTo("Leakproof:OptionsFile");
  }

  @Test
  void systemPropertiesUseTheSameKeys() {
    Properties properties = new Properties();
    properties.setProperty("Leakproof:Strict", "threadlocal-caches");
    properties.setProperty("java.version", "25");
    assertThat(LeakproofOptions.parse(LeakproofOptions.asMap(properties)).isStrict(StrictMode.THREADLOCAL_CACHES))
        .isTrue();
  }

  @Test
  void parsedOptionsKeepTheProblemInsteadOfThrowing() {
    ParsedOptions bad = ParsedOptions.parse(Map.of("Leakproof:Strict", "nope"));
    assertThat(bad.isValid()).isFalse();
    assertThat(bad.problem().option()).isEqualTo("Leakproof:Strict");
    assertThat(bad.values().isStrict(StrictMode.THREADLOCAL_CACHES)).isFalse();
    assertThat(ParsedOptions.parse(Map.of("Leakproof:Strict", "all")).isValid()).isTrue();
  }

  @Test
  void checksAreNamedInEitherSpelling() {
    assertThat(Check.named("LEAK_THREADLOCAL_NOT_REMOVED")).hasValue(Check.THREADLOCAL_NOT_REMOVED);
    assertThat(Check.named("threadlocalnotremoved")).hasValue(Check.THREADLOCAL_NOT_REMOVED);
    assertThat(Check.named("NoSuchCheck")).isEmpty();
  }
}
