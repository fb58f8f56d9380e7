package cn.gonghui.bpm.twovisits.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import cn.gonghui.bpm.testkit.DecisionTables.Column;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code festival-relief-standard} — 年关慰问标准 (000:93, 001:198), hit policy FIRST. */
class FestivalReliefStandardDecisionTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("festival-relief-standard");
  }

  private static DmnDecisionResult evaluate(String recipientType) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("recipientType", recipientType);
    return DecisionTables.evaluate(decision, variables);
  }

  private static Object amount(String recipientType) {
    return evaluate(recipientType).getSingleResult().getEntry("amount");
  }

  @Test
  void decisionHasContractKeyNameHitPolicyInputAndOutput() {
    assertThat(decision.getKey()).isEqualTo("festival-relief-standard");
    assertThat(decision.getName()).isEqualTo("年关慰问标准");
    assertThat(DecisionTables.hitPolicy(decision)).isEqualTo(HitPolicy.FIRST);
    assertThat(DecisionTables.inputs(decision)).containsExactly(new Column("recipientType", "string"));
    assertThat(DecisionTables.outputs(decision)).containsExactly(new Column("amount", "integer"));
  }

  @Test
  void deepHardshipHouseholdReceives400Yuan() {
    assertThat(amount("DEEP_HARDSHIP")).isEqualTo(400);
  }

  @Test
  void hardshipHouseholdReceives100Yuan() {
    assertThat(amount("HARDSHIP")).isEqualTo(100);
  }

  @Test
  void retireeHouseholdReceives100Yuan() {
    assertThat(amount("RETIREE")).isEqualTo(100);
  }

  @Test
  void unknownOrMissingRecipientTypeGivesNoAmountRatherThanZero() {
    assertThat(evaluate("deep_hardship")).isEmpty();
    assertThat(evaluate("OTHER")).isEmpty();
    assertThat(evaluate(null)).isEmpty();
  }
}
