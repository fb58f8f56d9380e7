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

/** {@code two-visits-issue-routing} — 双走访问题分流 (000:85-91), hit policy FIRST. */
class TwoVisitsIssueRoutingDecisionTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("two-visits-issue-routing");
  }

  private static DmnDecisionResult evaluate(Boolean canUnionSolve, Boolean withinUnitAuthority) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("canUnionSolve", canUnionSolve);
    variables.put("withinUnitAuthority", withinUnitAuthority);
    return DecisionTables.evaluate(decision, variables);
  }

  private static String route(boolean canUnionSolve, boolean withinUnitAuthority) {
    return evaluate(canUnionSolve, withinUnitAuthority).getSingleResult().getEntry("route");
  }

  @Test
  void decisionHasContractKeyNameHitPolicyInputsAndOutput() {
    assertThat(decision.getKey()).isEqualTo("two-visits-issue-routing");
    assertThat(decision.getName()).isEqualTo("双走访问题分流");
    assertThat(DecisionTables.hitPolicy(decision)).isEqualTo(HitPolicy.FIRST);
    assertThat(DecisionTables.inputs(decision))
        .containsExactly(new Column("canUnionSolve", "boolean"), new Column("withinUnitAuthority", "boolean"));
    assertThat(DecisionTables.outputs(decision)).containsExactly(new Column("route", "string"));
  }

  @Test
  void issueTheUnionCanSolveIsSolvedByTheUnion() {
    assertThat(route(true, false)).isEqualTo("UNION_SOLVES");
  }

  @Test
  void issueTheUnionCanSolveStaysWithTheUnionEvenWhenTheAdministrationCouldSolveItToo() {
    assertThat(route(true, true)).isEqualTo("UNION_SOLVES");
  }

  @Test
  void issueOnlyTheUnitsAdministrationCanSolveIsReportedToTheAdministration() {
    assertThat(route(false, true)).isEqualTo("REPORT_TO_ADMINISTRATION");
  }

  @Test
  void issueNeitherTheUnionNorTheUnitCanSolveIsReportedToTheSuperiorDepartment() {
    assertThat(route(false, false)).isEqualTo("REPORT_TO_SUPERIOR");
  }

  @Test
  void unansweredQuestionGivesNoRoute() {
    assertThat(evaluate(null, true)).isEmpty();
    assertThat(evaluate(false, null)).isEmpty();
  }
}
