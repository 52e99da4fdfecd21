package io.github.leakproof.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sarif}: a valid SARIF 2.1.0 log, checked against the SARIF 2.1.0 JSON schema ({@code
 * src/test/resources/sarif-2.1.0-rtm.5.json}: the OASIS schema as npm's {@code @microsoft/jest-sarif} 1.0.0-beta.0
 * ships it, MIT), with our rules and findings in it.
 */
class SarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir static Path dir;
  private static Path classes;

  @BeforeAll
  static void setUp() throws Exception {
    classes = Fixture.classes(dir.resolve("classes"));
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  @Test
  void findingsAreAValidSarifLogWithRulesAndLocations() throws Exception {
    Path sarif = dir.resolve("leakproof.sarif");
    Fixture.Run run = Fixture.run("--quiet", "--sarif", sarif.toString(), classes.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    JsonNode log = JSON.readTree(sarif.toFile());
    assertValid(log);

    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode driver = log.at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("Leakproof");
    assertThat(driver.get("rules")).hasSize(7);
    JsonNode resourceRule = driver.at("/rules/0");
    assertThat(resourceRule.get("id").asText()).isEqualTo("ResourceNotClosed");
    assertThat(resourceRule.get("helpUri").asText())
        .isEqualTo("https://github.com/leakproof/leakproof/blob/main/docs/checks/ResourceNotClosed.md");
    assertThat(resourceRule.at("/shortDescription/text").asText()).isNotEmpty();
    assertThat(resourceRule.at("/shortDescription/text").asText()).isNotEqualTo("ResourceNotClosed");

    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(2);
    JsonNode writer = results.get(1);
    assertThat(writer.get("ruleId").asText()).isEqualTo("ResourceNotClosed");
    assertThat(writer.get("ruleIndex").asInt()).isEqualTo(0);
    assertThat(writer.get("level").asText()).isEqualTo("error");
    assertThat(writer.at("/message/text").asText()).startsWith("FileWriter is not closed");
    assertThat(writer.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("io/github/leakproof/cases/resource/UnclosedBufferedWriter.java");
    assertThat(writer.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(writer.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("io.github.leakproof.cases.resource.UnclosedBufferedWriter.writeReport(java.io.File, java.lang.String)");
    assertThat(writer.at("/partialFingerprints/" + SarifWriter.FINGERPRINT.replace("/", "~1")).asText())
        .hasLength(64);
    assertThat(writer.has("baselineState")).isFalse();
    assertThat(writer.has("suppressions")).isFalse();
  }

  @Test
  void withABaselineKnownFindingsAreUnchangedAndSuppressed() throws Exception {
    Path baseline = dir.resolve("baseline.txt");
    assertThat(Fixture.run("--quiet", "--write-baseline", baseline.toString(), classes.toString()).exitCode())
        .isEqualTo(ExitCode.CLEAN);
    Path sarif = dir.resolve("baselined.sarif");
    Fixture.Run run =
        Fixture.run("--quiet", "--baseline", baseline.toString(), "--sarif", sarif.toString(), classes.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    JsonNode log = JSON.readTree(sarif.toFile());
    assertValid(log);
    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(2);
    for (JsonNode result : results) {
      assertThat(result.get("baselineState").asText()).isEqualTo("unchanged");
      assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
      assertThat(result.at("/suppressions/0/justification").asText()).contains(baseline.toString());
    }
  }

  @Test
  void theSchemaCatchesABrokenLog() throws Exception {
    String json = SarifWriter.toJson(Baseline.NONE.split(java.util.List.of()), java.util.Map.of(), null);
    JsonNode log = JSON.readTree(json);
    assertValid(log);
    ((ObjectNode) log).put("version", "2.0.0");
    assertThat(schema.validate(log)).isNotEmpty();
  }

  private static void assertValid(JsonNode log) {
    Set<ValidationMessage> problems = schema.validate(log);
    assertWithMessage("SARIF schema violations").that(problems).isEmpty();
  }
}
