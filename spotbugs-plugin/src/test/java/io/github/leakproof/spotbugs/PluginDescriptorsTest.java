package io.github.leakproof.spotbugs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.leakproof.model.Check;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** findbugs.xml and messages.xml agree with each other and with the model's check names and docs links. */
class PluginDescriptorsTest {
  private static final String INVALID_OPTION = "LEAK_INVALID_OPTION";

  @Test
  void everyDetectorExistsAndIsDescribed() throws Exception {
    Document messages = read("messages.xml");
    for (Element detector : elements(read("findbugs.xml"), "Detector")) {
      String name = detector.getAttribute("class");
      Class.forName(name); // loads: the class is there
      assertWithMessage("messages.xml describes %s", name)
          .that(attributes(messages, "Detector", "class"))
          .contains(name);
    }
  }

  @Test
  void everyReportedBugTypeIsAPatternOfTheLeakCategoryWithItsDocsLink() throws Exception {
    Document plugin = read("findbugs.xml");
    Document messages = read("messages.xml");
    Set<String> reported = new LinkedHashSet<>();
    for (Element detector : elements(plugin, "Detector")) {
      reported.addAll(List.of(detector.getAttribute("reports").split(",")));
    }
    for (String type : reported) {
      Element pattern = withAttribute(plugin, "BugPattern", "type", type);
      assertWithMessage("findbugs.xml declares %s", type).that(pattern).isNotNull();
      assertThat(pattern.getAttribute("category")).isEqualTo("LEAK");
      Element text = withAttribute(messages, "BugPattern", "type", type);
      assertWithMessage("messages.xml describes %s", type).that(text).isNotNull();
      if (!type.equals(INVALID_OPTION)) {
        Check check = Check.named(type).orElseThrow();
        assertWithMessage("%s links its docs page", type)
            .that(text.getElementsByTagName("Details").item(0).getTextContent())
            .contains(check.docsUrl());
      }
    }
    assertThat(reported).containsAtLeast(
        Check.RESOURCE_NOT_CLOSED.bugType(), Check.EXECUTOR_NOT_SHUT_DOWN.bugType(), Check.THREADLOCAL_NOT_REMOVED.bugType());
  }

  private static Document read(String resource) throws Exception {
    try (InputStream in = PluginDescriptorsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertWithMessage("%s on the class path", resource).that(in).isNotNull();
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<String> attributes(Document document, String tag, String attribute) {
    return elements(document, tag).stream().map(e -> e.getAttribute(attribute)).toList();
  }

  private static Element withAttribute(Document document, String tag, String attribute, String value) {
    return elements(document, tag).stream().filter(e -> e.getAttribute(attribute).equals(value)).findFirst().orElse(null);
  }
}
