package cn.gonghui.bpm.founding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code union-eight-haves} — “八有”规范化检查 (000:169), hit policy COLLECT. */
class UnionEightHavesDecisionTest {

  /** Input variable → Chinese item name, in the source's order. */
  private static final Map<String, String> ITEMS = new LinkedHashMap<>();

  static {
    ITEMS.put("hasNameplate", "牌子");
    ITEMS.put("hasApproval", "批复");
    ITEMS.put("hasSeal", "印章");
    ITEMS.put("hasFunds", "经费");
    ITEMS.put("hasPremises", "场所");
    ITEMS.put("hasRules", "制度");
    ITEMS.put("hasActivities", "活动");
    ITEMS.put("hasArchives", "档案");
  }

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("union-eight-haves");
  }

  private static Map<String, Object> allPresent() {
    Map<String, Object> variables = new LinkedHashMap<>();
    ITEMS.keySet().forEach(name -> variables.put(name, true));
    return variables;
  }

  private static List<String> missing(Map<String, Object> variables) {
    return DecisionTables.evaluate(decision, variables).collectEntries("missing");
  }

  @Test
  void decisionHasContractKeyAndChineseName() {
    assertThat(decision.getKey()).isEqualTo("union-eight-haves");
    assertThat(decision.getName()).isEqualTo("“八有”规范化检查");
  }

  @Test
  void unionWithAllEightItemsMissesNothingAndMeetsTheStandard() {
    assertThat(missing(allPresent())).isEmpty();
  }

  @ParameterizedTest(name = "only {0} false → missing {1}")
  @CsvSource({
    "hasNameplate, 牌子",
    "hasApproval, 批复",
    "hasSeal, 印章",
    "hasFunds, 经费",
    "hasPremises, 场所",
    "hasRules, 制度",
    "hasActivities, 活动",
    "hasArchives, 档案"
  })
  void eachItemAloneMissingIsReportedByItsChineseName(String variable, String itemName) {
    Map<String, Object> variables = allPresent();
    variables.put(variable, false);
    assertThat(missing(variables)).containsExactly(itemName);
  }

  @Test
  void unionWithoutNameplateMissesNameplate() {
    Map<String, Object> variables = allPresent();
    variables.put("hasNameplate", false);
    assertThat(missing(variables)).containsExactly("牌子");
  }

  @Test
  void unionWithoutAnyItemMissesAllEightInSourceOrder() {
    Map<String, Object> variables = allPresent();
    ITEMS.keySet().forEach(name -> variables.put(name, false));
    assertThat(missing(variables)).containsExactly("牌子", "批复", "印章", "经费", "场所", "制度", "活动", "档案");
  }

  @Test
  void unionWithoutSealAndArchivesMissesExactlyThoseTwo() {
    Map<String, Object> variables = allPresent();
    variables.put("hasSeal", false);
    variables.put("hasArchives", false);
    assertThat(missing(variables)).containsExactlyInAnyOrder("印章", "档案");
  }

  @Test
  void unansweredItemIsNotReportedAsMissing() {
    // Documented limitation: only an explicit false counts as missing, so the check form makes all eight required.
    Map<String, Object> variables = allPresent();
    variables.put("hasSeal", null);
    assertThat(missing(variables)).isEmpty();
  }
}
