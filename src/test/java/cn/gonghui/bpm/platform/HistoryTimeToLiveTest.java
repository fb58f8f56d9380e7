package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * The engine's history time-to-live (application.yaml) and the models' agree the way Camunda expects: no
 * model keeps its history longer than the engine's value, so start-up logs no ENGINE-12017 ("The specified
 * Time To Live (TTL) in the model is longer than the global TTL configuration"). Plain JUnit, reads the
 * files the application deploys.
 */
class HistoryTimeToLiveTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  @Test
  void noModelKeepsItsHistoryLongerThanTheEngineSettingSoStartUpDoesNotWarnEngine12017() throws Exception {
    int global = ParseUtil.parseHistoryTimeToLive(globalHistoryTimeToLive());

    List<String> longer = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ModelLint.projectRoot().resolve("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).toList()) {
        NodeList elements = parse(file).getElementsByTagNameNS("*", file.toString().endsWith(".bpmn") ? "process" : "decision");
        for (int i = 0; i < elements.getLength(); i++) {
          Element element = (Element) elements.item(i);
          String value = element.getAttributeNS(file.toString().endsWith(".bpmn") ? CAMUNDA : CAMUNDA_DMN, "historyTimeToLive");
          if (value.isBlank()) {
            continue; // ModelLint reports a model without a value
          }
          String what = file.getFileName() + " " + element.getAttribute("id") + " (" + value + ")";
          checked.add(what);
          if (ParseUtil.parseHistoryTimeToLive(value) > global) {
            longer.add(what);
          }
        }
      }
    }

    assertThat(checked).as("the models' history time-to-live").anyMatch(what -> what.contains("union-founding (P3650D)"));
    assertThat(longer)
        .as("models that keep their history longer than camunda.bpm.generic-properties.properties.historyTimeToLive"
            + " (P%sD): Camunda warns ENGINE-12017 at start-up", global)
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static String globalHistoryTimeToLive() throws IOException {
    try (InputStream in = Files.newInputStream(ModelLint.projectRoot().resolve("src/main/resources/application.yaml"))) {
      Map<String, Object> yaml = new Yaml().load(in);
      Object value = yaml;
      for (String key : List.of("camunda", "bpm", "generic-properties", "properties", "historyTimeToLive")) {
        value = ((Map<String, Object>) value).get(key);
      }
      assertThat(value).as("historyTimeToLive in application.yaml").isNotNull();
      return value.toString();
    }
  }

  private static org.w3c.dom.Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
