package cn.gonghui.bpm.scholarship.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import cn.gonghui.bpm.testkit.DecisionTables.Column;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code scholarship-grant-tier} — 金秋助学资助档次 (000:531-535), hit policy FIRST. */
class ScholarshipGrantTierDecisionTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("scholarship-grant-tier");
  }

  private static DmnDecisionResult evaluate(Integer rank) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("rank", rank);
    return DecisionTables.evaluate(decision, variables);
  }

  private static DmnDecisionResultEntries grant(int rank) {
    return evaluate(rank).getSingleResult();
  }

  private static void assertGrant(int rank, String tier, int amount, String recurrence) {
    DmnDecisionResultEntries grant = grant(rank);
    assertThat((String) grant.getEntry("tier")).as("tier of rank %d", rank).isEqualTo(tier);
    assertThat((Object) grant.getEntry("amount")).as("amount of rank %d", rank).isEqualTo(amount);
    assertThat((String) grant.getEntry("recurrence")).as("recurrence of rank %d", rank).isEqualTo(recurrence);
  }

  @Test
  void decisionHasContractKeyNameHitPolicyInputAndOutputs() {
    assertThat(decision.getKey()).isEqualTo("scholarship-grant-tier");
    assertThat(decision.getName()).isEqualTo("金秋助学资助档次");
    assertThat(DecisionTables.hitPolicy(decision)).isEqualTo(HitPolicy.FIRST);
    assertThat(DecisionTables.inputs(decision)).containsExactly(new Column("rank", "integer"));
    assertThat(DecisionTables.outputs(decision))
        .containsExactly(
            new Column("tier", "string"), new Column("amount", "integer"), new Column("recurrence", "string"));
  }

  @Test
  void rank1IsTierAPaidYearlyUntilGraduation() {
    assertGrant(1, "A", 5000, "YEARLY_UNTIL_GRADUATION");
  }

  @Test
  void rank5IsTierAPaidYearlyUntilGraduation() {
    assertGrant(5, "A", 5000, "YEARLY_UNTIL_GRADUATION");
  }

  @Test
  void rank6IsTierBPaidOnce() {
    assertGrant(6, "B", 2000, "ONCE");
  }

  @Test
  void rank20IsTierBPaidOnce() {
    assertGrant(20, "B", 2000, "ONCE");
  }

  @Test
  void rank21IsOverTheQuotaAndNotFunded() {
    assertGrant(21, "NONE", 0, "NONE");
  }

  @Test
  void veryLowPlaceIsNotFunded() {
    assertGrant(10_000, "NONE", 0, "NONE");
  }

  @Test
  void amountIsAnIntegerNumberOfYuan() {
    assertThat((Object) grant(3).getEntry("amount")).isInstanceOf(Integer.class);
    assertThat((Object) grant(30).getEntry("amount")).isInstanceOf(Integer.class);
  }

  @Test
  void rank0GivesNoResultSoTheCallerRefusesIt() {
    assertThat(evaluate(0)).isEmpty();
  }

  @Test
  void negativeRankGivesNoResultSoTheCallerRefusesIt() {
    assertThat(evaluate(-1)).isEmpty();
  }

  @Test
  void missingRankGivesNoResult() {
    assertThat(evaluate(null)).isEmpty();
  }

  @Test
  void aRankedListFundsFiveInTierAAndFifteenInTierBCosting55000YuanInTheFirstYear() {
    int tierA = 0;
    int tierB = 0;
    int firstYear = 0;
    for (int rank = 1; rank <= 200; rank++) {
      DmnDecisionResultEntries grant = grant(rank);
      String tier = grant.getEntry("tier");
      tierA += "A".equals(tier) ? 1 : 0;
      tierB += "B".equals(tier) ? 1 : 0;
      firstYear += (Integer) grant.getEntry("amount");
    }
    assertThat(tierA).isEqualTo(5);
    assertThat(tierB).isEqualTo(15);
    assertThat(firstYear).isEqualTo(55_000);
  }
}
