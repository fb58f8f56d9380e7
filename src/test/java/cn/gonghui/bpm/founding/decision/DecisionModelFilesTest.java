package cn.gonghui.bpm.founding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Catches a table saved in a way that breaks the project's rules, e.g. by an older Modeler or a hand edit:
 * DMN 1.3, Camunda 7 as execution platform, history time to live, a requirements diagram, meaningful ids
 * and a source-citing annotation on every rule.
 */
class DecisionModelFilesTest {

  private static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI_13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String DC = "http://www.omg.org/spec/DMN/20180521/DC/";
  private static final String MODELER = "http://camunda.org/schema/modeler/1.0";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

  /** The Modeler's generated ids look like {@code Rule_0abc123} or {@code DecisionTable_1x2y3z4}. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{6}$");

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  static final List<String> keys = FoundingDecisions.ALL_KEYS;

  private static Document read(String key) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = FoundingDecisions.open(key)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static Element decision(Document document, String key) {
    NodeList decisions = document.getElementsByTagNameNS(DMN_13, "decision");
    assertThat(decisions.getLength()).as("decisions in %s", key).isEqualTo(1);
    return (Element) decisions.item(0);
  }

  @ParameterizedTest(name = "{0} is DMN 1.3 for Camunda Platform 7.24")
  @FieldSource("keys")
  void fileIsDmn13ForCamundaPlatform(String key) throws Exception {
    Element definitions = read(key).getDocumentElement();
    assertThat(definitions.getNamespaceURI()).isEqualTo(DMN_13);
    assertThat(definitions.getLocalName()).isEqualTo("definitions");
    assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
    assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).startsWith("7.24");
  }

  @ParameterizedTest(name = "{0}: decision id is the key, name is Chinese, history time to live set")
  @FieldSource("keys")
  void decisionHasKeyChineseNameAndHistoryTimeToLive(String key) throws Exception {
    Element decision = decision(read(key), key);
    assertThat(decision.getAttribute("id")).isEqualTo(key);
    assertThat(decision.getAttribute("name")).containsPattern(CHINESE);
    assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).isEqualTo("P180D");
  }

  @ParameterizedTest(name = "{0} has a DMNDI shape for its decision")
  @FieldSource("keys")
  void requirementsDiagramShowsTheDecision(String key) throws Exception {
    Document document = read(key);
    NodeList diagrams = document.getElementsByTagNameNS(DMNDI_13, "DMNDiagram");
    assertThat(diagrams.getLength()).isEqualTo(1);
    NodeList shapes = ((Element) diagrams.item(0)).getElementsByTagNameNS(DMNDI_13, "DMNShape");
    List<String> shapedElements = new ArrayList<>();
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      assertThat(shape.getElementsByTagNameNS(DC, "Bounds").getLength()).as("dc:Bounds").isEqualTo(1);
      shapedElements.add(shape.getAttribute("dmnElementRef"));
    }
    assertThat(shapedElements).containsExactly(key);
  }

  @ParameterizedTest(name = "{0}: every id is meaningful, not generated")
  @FieldSource("keys")
  void idsAreMeaningful(String key) throws Exception {
    NodeList all = read(key).getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      assertThat(id).as("id of <%s>", all.item(i).getNodeName()).doesNotMatch(GENERATED_ID);
    }
  }

  @ParameterizedTest(name = "{0}: inputs and outputs have Chinese labels and a type")
  @FieldSource("keys")
  void inputsAndOutputsHaveChineseLabelsAndTypes(String key) throws Exception {
    Document document = read(key);
    NodeList inputs = document.getElementsByTagNameNS(DMN_13, "input");
    assertThat(inputs.getLength()).isPositive();
    for (int i = 0; i < inputs.getLength(); i++) {
      Element input = (Element) inputs.item(i);
      assertThat(input.getAttribute("label")).containsPattern(CHINESE);
      Element expression = (Element) input.getElementsByTagNameNS(DMN_13, "inputExpression").item(0);
      assertThat(expression.getAttribute("typeRef")).isIn("integer", "boolean", "string");
    }
    NodeList outputs = document.getElementsByTagNameNS(DMN_13, "output");
    assertThat(outputs.getLength()).isPositive();
    for (int i = 0; i < outputs.getLength(); i++) {
      Element output = (Element) outputs.item(i);
      assertThat(output.getAttribute("label")).containsPattern(CHINESE);
      assertThat(output.getAttribute("typeRef")).isIn("boolean", "string");
    }
  }

  @ParameterizedTest(name = "{0}: every rule cites its source line and leaves unused inputs empty")
  @FieldSource("keys")
  void everyRuleCitesItsSourceAndUsesEmptyTextForAnyValue(String key) throws Exception {
    NodeList rules = read(key).getElementsByTagNameNS(DMN_13, "rule");
    assertThat(rules.getLength()).isPositive();
    for (int i = 0; i < rules.getLength(); i++) {
      Element rule = (Element) rules.item(i);
      String ruleId = rule.getAttribute("id");
      assertThat(ruleId).startsWith("Rule_");
      NodeList descriptions = rule.getElementsByTagNameNS(DMN_13, "description");
      assertThat(descriptions.getLength()).as("annotation of %s", ruleId).isEqualTo(1);
      assertThat(descriptions.item(0).getTextContent())
          .as("annotation of %s", ruleId)
          .containsPattern(CHINESE)
          .containsPattern("000:1[0-9]{2}");
      NodeList entries = rule.getElementsByTagNameNS(DMN_13, "inputEntry");
      for (int e = 0; e < entries.getLength(); e++) {
        // The Modeler shows "-" (any value) but writes it as empty text.
        assertThat(entries.item(e).getTextContent().strip()).as("input entry of %s", ruleId).isNotEqualTo("-");
      }
    }
  }
}
