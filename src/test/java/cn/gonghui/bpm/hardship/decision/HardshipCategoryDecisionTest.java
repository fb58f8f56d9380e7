package cn.gonghui.bpm.hardship.decision;

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

/** {@code hardship-category} — 困难职工类别, hit policy FIRST; income bands from the product contract. */
class HardshipCategoryDecisionTest {

  /** A local subsistence line (元/月); 1.5 × 800 = 1200 exactly. */
  private static final double LINE = 800.0;

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("hardship-category");
  }

  private static DmnDecisionResult evaluate(Object income, Object line, Boolean suddenHardship) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("perCapitaMonthlyIncome", income);
    variables.put("localSubsistenceLine", line);
    variables.put("suddenHardship", suddenHardship);
    return DecisionTables.evaluate(decision, variables);
  }

  private static String category(Object income, Object line, boolean suddenHardship) {
    return evaluate(income, line, suddenHardship).getSingleResult().getEntry("category");
  }

  @Test
  void decisionHasContractKeyNameHitPolicyInputsAndOutput() {
    assertThat(decision.getKey()).isEqualTo("hardship-category");
    assertThat(decision.getName()).isEqualTo("困难职工类别");
    assertThat(DecisionTables.hitPolicy(decision)).isEqualTo(HitPolicy.FIRST);
    assertThat(DecisionTables.inputs(decision))
        .containsExactly(
            new Column("perCapitaMonthlyIncome", "double"),
            new Column("localSubsistenceLine", "double"),
            new Column("suddenHardship", "boolean"));
    assertThat(DecisionTables.outputs(decision)).containsExactly(new Column("category", "string"));
  }

  @Test
  void factorOneAndAHalfIsWrittenInTheTableWhereAnalystsCanChangeIt() {
    assertThat(DecisionTables.inputEntries(decision, "perCapitaMonthlyIncome"))
        .containsExactly("< localSubsistenceLine", "< localSubsistenceLine * 1.5", "", ">= 0");
  }

  // ------------------------------------------------------------------ DEEP: below the line

  @Test
  void householdWithoutIncomeIsInDeepHardship() {
    assertThat(category(0.0, LINE, false)).isEqualTo("DEEP");
  }

  @Test
  void incomeJustBelowTheLineIsDeepHardship() {
    assertThat(category(799.99, LINE, false)).isEqualTo("DEEP");
  }

  @Test
  void incomeExactlyAtTheLineIsNotDeepButRelativeHardship() {
    assertThat(category(800.0, LINE, false)).isEqualTo("RELATIVE");
  }

  @Test
  void deepHardshipTakesPrecedenceOverSuddenHardship() {
    assertThat(category(500.0, LINE, true)).isEqualTo("DEEP");
  }

  // ------------------------------------------------------------------ RELATIVE: below 1.5 × the line

  @Test
  void incomeJustBelowOneAndAHalfTimesTheLineIsRelativeHardship() {
    assertThat(category(1199.99, LINE, false)).isEqualTo("RELATIVE");
  }

  @Test
  void incomeExactlyAtOneAndAHalfTimesTheLineIsNotRelativeHardship() {
    assertThat(category(1200.0, LINE, false)).isEqualTo("NONE");
  }

  @Test
  void relativeHardshipTakesPrecedenceOverSuddenHardship() {
    assertThat(category(1000.0, LINE, true)).isEqualTo("RELATIVE");
  }

  @Test
  void bandsAreExactForANonRoundLineBecauseFeelCountsInDecimals() {
    // 645.7 × 1.5 = 968.55 exactly in decimal, but 968.5500000000001 in binary floating point.
    assertThat(645.7 * 1.5).isNotEqualTo(968.55);
    assertThat(category(968.54, 645.7, false)).isEqualTo("RELATIVE");
    assertThat(category(968.55, 645.7, false)).isEqualTo("NONE");
    assertThat(category(645.69, 645.7, false)).isEqualTo("DEEP");
    assertThat(category(645.7, 645.7, false)).isEqualTo("RELATIVE");
  }

  @Test
  void wholeYuanAmountsPassedAsIntegersAreCompared() {
    assertThat(category(799, 800, false)).isEqualTo("DEEP");
    assertThat(category(800, 800, false)).isEqualTo("RELATIVE");
    assertThat(category(1200, 800, false)).isEqualTo("NONE");
  }

  // ------------------------------------------------------------------ SUDDEN and NONE

  @Test
  void incomeAtOneAndAHalfTimesTheLineWithSuddenHardshipIsSuddenHardship() {
    assertThat(category(1200.0, LINE, true)).isEqualTo("SUDDEN");
  }

  @Test
  void highIncomeWithSuddenHardshipIsSuddenHardship() {
    assertThat(category(5000.0, LINE, true)).isEqualTo("SUDDEN");
  }

  @Test
  void highIncomeWithoutSuddenHardshipIsNoHardship() {
    assertThat(category(5000.0, LINE, false)).isEqualTo("NONE");
  }

  // ------------------------------------------------------------------ missing data is never "no hardship"

  @Test
  void missingIncomeGivesNoCategoryInsteadOfNone() {
    assertThat(evaluate(null, LINE, false)).isEmpty();
  }

  @Test
  void missingIncomeWithSuddenHardshipIsStillSuddenHardship() {
    assertThat(category(null, LINE, true)).isEqualTo("SUDDEN");
  }

  @Test
  void missingOrZeroSubsistenceLineGivesNoCategory() {
    assertThat(evaluate(500.0, null, false)).isEmpty();
    assertThat(evaluate(500.0, 0.0, false)).isEmpty();
    assertThat(evaluate(0.0, 0.0, false)).isEmpty();
  }

  @Test
  void unansweredSuddenHardshipForAHighIncomeGivesNoCategory() {
    assertThat(evaluate(5000.0, LINE, null)).isEmpty();
  }
}
