package io.github.leakproof.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.leakproof.model.Check;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The findings as a SARIF 2.1.0 log: one run of the tool "Leakproof", a rule per check (id: the Error Prone name;
 * help: the check's docs page), a result per finding. With a baseline, each result has its {@code baselineState}
 * ({@code new} or {@code unchanged}), and those in the baseline carry an external suppression, which code scanning
 * services show as suppressed.
 */
final class SarifWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/leakproof/leakproof";
  /** A fingerprint of the finding that survives line shifts: a hash of its {@link Finding#baselineKey()}. */
  static final String FINGERPRINT = "leakproofKey/v1";

  private SarifWriter() {}

  /**
   * @param descriptions each check's one-line description (SpotBugs' short description of its bug type)
   * @param baseline the baseline file read, or null
   */
  static String toJson(Baseline.Split split, Map<Check, String> descriptions, Path baseline) {
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "Leakproof");
    driver.addProperty("informationUri", INFORMATION_URI);
    String version = SarifWriter.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.addProperty("version", version);
    }
    JsonArray rules = new JsonArray();
    for (Check check : Check.values()) {
      rules.add(rule(check, descriptions.getOrDefault(check, check.errorProneName())));
    }
    driver.add("rules", rules);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonArray results = new JsonArray();
    split.fresh().forEach(finding -> results.add(result(finding, baseline == null ? null : "new", null)));
    split.known().forEach(finding -> results.add(result(finding, "unchanged", baseline)));

    JsonObject invocation = new JsonObject();
    invocation.addProperty("executionSuccessful", true);
    JsonArray invocations = new JsonArray();
    invocations.add(invocation);

    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("invocations", invocations);
    run.add("results", results);
    JsonArray runs = new JsonArray();
    runs.add(run);

    JsonObject log = new JsonObject();
    log.addProperty("$schema", SCHEMA);
    log.addProperty("version", "2.1.0");
    log.add("runs", runs);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
  }

  private static JsonObject rule(Check check, String description) {
    JsonObject rule = new JsonObject();
    rule.addProperty("id", check.errorProneName());
    rule.addProperty("name", check.errorProneName());
    rule.add("shortDescription", text(description));
    rule.addProperty("helpUri", check.docsUrl());
    JsonObject properties = new JsonObject();
    properties.addProperty("spotbugsBugType", check.bugType());
    JsonArray tags = new JsonArray();
    tags.add("leak");
    properties.add("tags", tags);
    rule.add("properties", properties);
    return rule;
  }

  /**
   * @param baselineState {@code new}, {@code unchanged}, or null without a baseline
   * @param baseline the baseline that lists the finding, or null
   */
  private static JsonObject result(Finding finding, String baselineState, Path baseline) {
    JsonObject result = new JsonObject();
    result.addProperty("ruleId", finding.check().errorProneName());
    result.addProperty("ruleIndex", finding.check().ordinal());
    result.addProperty("level", "error");
    result.add("message", text(finding.message()));
    JsonArray locations = new JsonArray();
    locations.add(location(finding));
    result.add("locations", locations);
    JsonObject fingerprints = new JsonObject();
    fingerprints.addProperty(FINGERPRINT, sha256(finding.baselineKey()));
    result.add("partialFingerprints", fingerprints);
    if (baselineState != null) {
      result.addProperty("baselineState", baselineState);
    }
    if (baseline != null) {
      JsonObject suppression = new JsonObject();
      suppression.addProperty("kind", "external");
      suppression.addProperty("justification", "listed in the Leakproof baseline " + baseline);
      JsonArray suppressions = new JsonArray();
      suppressions.add(suppression);
      result.add("suppressions", suppressions);
    }
    return result;
  }

  private static JsonObject location(Finding finding) {
    JsonObject artifact = new JsonObject();
    artifact.addProperty("uri", finding.sourcePath());
    JsonObject physical = new JsonObject();
    physical.add("artifactLocation", artifact);
    if (finding.line() > 0) {
      JsonObject region = new JsonObject();
      region.addProperty("startLine", finding.line());
      physical.add("region", region);
    }
    JsonObject logical = new JsonObject();
    logical.addProperty(
        "fullyQualifiedName",
        finding.member().isEmpty() ? finding.className() : finding.className() + "." + finding.member());
    logical.addProperty("kind", finding.member().isEmpty() ? "type" : finding.member().contains("(") ? "function" : "member");
    JsonArray logicals = new JsonArray();
    logicals.add(logical);
    JsonObject location = new JsonObject();
    location.add("physicalLocation", physical);
    location.add("logicalLocations", logicals);
    return location;
  }

  private static JsonObject text(String text) {
    JsonObject message = new JsonObject();
    message.addProperty("text", text);
    return message;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
