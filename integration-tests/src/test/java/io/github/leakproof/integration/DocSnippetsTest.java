package io.github.leakproof.integration;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block in the README and in {@code docs/usage/} is one the consumer builds run, or says why
 * not. The comment line right above a block decides:
 *
 * <ul>
 *   <li>{@code <!-- tested: integration-tests/src/it/x/pom.xml -->}: the block, whitespace aside, is part
 *       of that file (after the build's {@code @placeholders@} are filled in);
 *   <li>{@code <!-- runs-as: integration-tests/src/it/x/invoker.properties -->}: a Maven command whose
 *       goals and {@code -P} profiles that file runs;
 *   <li>{@code <!-- untested: reason -->}: not run here, and the page says why.
 * </ul>
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of(System.getProperty("leakproof.root", "..")).normalize();
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^(?:<!-- (tested|runs-as|untested): (.*?) -->\\n)?```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("@([\\w.-]+)@");

  @TestFactory
  Stream<DynamicTest> everyBlockIsRunByAConsumerBuildOrSaysWhyNot() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page, UTF_8);
      Matcher block = BLOCK.matcher(text);
      while (block.find()) {
        int line = text.substring(0, block.start()).split("\n", -1).length;
        String where = ROOT.relativize(page) + ":" + line;
        String kind = block.group(1);
        String argument = block.group(2);
        String code = block.group(4);
        tests.add(DynamicTest.dynamicTest(where, () -> check(where, kind, argument, code)));
      }
    }
    assertWithMessage("code blocks found").that(tests.size()).isAtLeast(10);
    return tests.stream();
  }

  private static void check(String where, String kind, String argument, String code) throws IOException {
    assertWithMessage("%s: a code block needs <!-- tested: … -->, <!-- runs-as: … --> or <!-- untested: why -->", where)
        .that(kind)
        .isNotNull();
    switch (kind) {
      case "tested" -> {
        for (String file : argument.split(",")) {
          String content = fill(Files.readString(ROOT.resolve(file.trim()), UTF_8));
          assertWithMessage("%s is not in %s", where, file.trim())
              .that(squeeze(content))
              .contains(squeeze(code));
        }
      }
      case "runs-as" -> {
        String invocations = Files.readString(ROOT.resolve(argument.trim()), UTF_8);
        for (String word : squeeze(code).split(" ")) {
          if (word.startsWith("-P")) {
            for (String profile : word.substring(2).split(",")) {
              assertWithMessage("%s: profile %s is not run by %s", where, profile, argument)
                  .that(invocations)
                  .containsMatch("(?m)^invoker\\.profiles(\\.\\d+)?=.*\\b" + Pattern.quote(profile) + "\\b");
            }
          } else if (!word.startsWith("-") && !word.equals("mvn") && !word.equals("./mvnw") && !word.equals("&&")) {
            assertWithMessage("%s: goal %s is not run by %s", where, word, argument)
                .that(invocations)
                .containsMatch("(?m)^invoker\\.goals(\\.\\d+)?=(.*[ :])?" + Pattern.quote(word) + "\\b");
          }
        }
      }
      default ->
          assertWithMessage("%s: say why the block is not tested", where)
              .that(argument.trim().split("\\s+").length)
              .isAtLeast(3);
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> usage = Files.list(ROOT.resolve("docs/usage"))) {
      usage.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** A consumer build's file with its {@code @name@} placeholders filled as the invoker fills them. */
  private static String fill(String content) {
    Matcher placeholder = PLACEHOLDER.matcher(content);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = System.getProperty("placeholder." + placeholder.group(1));
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : placeholder.group()));
    }
    return placeholder.appendTail(filled).toString();
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
