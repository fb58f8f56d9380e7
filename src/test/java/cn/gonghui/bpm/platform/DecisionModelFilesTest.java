package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Catches a table saved in a way that breaks the project's rules, e.g. by an older Modeler or a hand edit:
 * DMN 1.3, Camunda 7 as execution platform, history time to live, a requirements diagram, meaningful ids
 * and a source-citing annotation on every rule. Covers every {@code .dmn} file under {@code processes/}, found
 * by scanning ({@link DecisionTables#keys()}), so a new table is checked without being listed here.
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

  /** A citation of the sources as {@code NNN:L}: source file 000–099, line number (e.g. 000:515, 001:198). */
  private static final Pattern SOURCE_LINE = Pattern.compile("(?<![0-9])0[0-9]{2}:[0-9]{1,4}(?![0-9])");

  /** The project's column types: integers, money, booleans and enumerations (as strings). */
  private static final List<String> TYPES = List.of("integer", "double", "boolean", "string");

  /** The decision keys of the product contract: analysts and the processes rely on each having its file. */
  private static final List<String> CONTRACT_KEYS =
      List.of(
          "union-organisation-form",
          "union-founding-approval-authority",
          "union-cadre-eligibility",
          "union-eight-haves",
          "scholarship-eligibility",
          "scholarship-required-materials",
          "scholarship-grant-tier",
          "two-visits-issue-routing",
          "hardship-category",
          "festival-relief-standard");

  static final List<String> keys = List.copyOf(DecisionTables.keys());

  private static Document read(String key) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = DecisionTables.open(key)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static Element decision(Document document, String key) {
    NodeList decisions = document.getElementsByTagNameNS(DMN_13, "decision");
    assertThat(decisions.getLength()).as("decisions in %s", key).isEqualTo(1);
    return (Element) decisions.item(0);
  }

  @Test
  void everyDecisionOfTheContractHasItsFileUnderProcesses() {
    assertThat(keys).containsAll(CONTRACT_KEYS);
  }

  @ParameterizedTest(name = "{0} lies in its process folder and is named by its key")
  @FieldSource("keys")
  void fileIsNamedByItsKeyInOneProcessFolder(String key) {
    assertThat(DecisionTables.resourcePath(key))
        .matches("processes/[a-z0-9]+(-[a-z0-9]+)*/" + Pattern.quote(key) + "\\.dmn");
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
      assertThat(expression.getAttribute("typeRef")).isIn(TYPES);
    }
    NodeList outputs = document.getElementsByTagNameNS(DMN_13, "output");
    assertThat(outputs.getLength()).isPositive();
    for (int i = 0; i < outputs.getLength(); i++) {
      Element output = (Element) outputs.item(i);
      assertThat(output.getAttribute("label")).containsPattern(CHINESE);
      assertThat(output.getAttribute("typeRef")).isIn(TYPES);
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
          .containsPattern(SOURCE_LINE);
      NodeList entries = rule.getElementsByTagNameNS(DMN_13, "inputEntry");
      for (int e = 0; e < entries.getLength(); e++) {
        // The Modeler shows "-" (any value) but writes it as empty text.
        assertThat(entries.item(e).getTextContent().strip()).as("input entry of %s", ruleId).isNotEqualTo("-");
      }
    }
  }
}
