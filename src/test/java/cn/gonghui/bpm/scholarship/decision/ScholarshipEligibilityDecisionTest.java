package cn.gonghui.bpm.scholarship.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import cn.gonghui.bpm.testkit.DecisionTables.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code scholarship-eligibility} — 金秋助学入围资格 (000:519-527, 000:535), hit policy FIRST, refusals first. */
class ScholarshipEligibilityDecisionTest {

  static final String NOT_TARGET_GROUP = "申请人不是困难职工或农民工，不属于金秋助学的帮扶对象";
  static final String NOT_CURRENT_GRADUATE = "学生不是今年参加高考的应届高中毕业生";
  static final String NOT_TIER_TWO_OR_ABOVE = "学生未考入二本以上院校（专科、高职批次或没有录取批次）";
  static final String NOT_FORMALLY_ADMITTED = "学生尚未被院校正式录取";
  static final String NOT_GOOD_GRADES_AND_CONDUCT = "学生不符合品学兼优（学习成绩和道德品质良好）的条件";
  static final String NO_COUNTY_HUKOU = "学生不具有本县户籍";
  static final String NO_SPECIAL_HARDSHIP = "家庭没有父母双亡、主要劳动力因重大疾病失去劳动能力、遭受重大自然灾害等特殊困难";
  static final String PREVIOUSLY_FUNDED = "学生已获得过金秋助学资助，原则上不重复资助";

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("scholarship-eligibility");
  }

  /** A hardship worker's child who meets every condition; each test changes what it is about. */
  private static Map<String, Object> eligibleApplication() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicantType", "HARDSHIP_WORKER");
    variables.put("isCurrentGraduate", true);
    variables.put("admissionBatch", "TIER_TWO");
    variables.put("formallyAdmitted", true);
    variables.put("goodGradesAndConduct", true);
    variables.put("hasCountyHukou", true);
    variables.put("hardshipCause", "ORPHAN");
    variables.put("previouslyFunded", false);
    return variables;
  }

  private static Map<String, Object> with(String name, Object value) {
    Map<String, Object> variables = eligibleApplication();
    variables.put(name, value);
    return variables;
  }

  private static DmnDecisionResultEntries check(Map<String, Object> variables) {
    DmnDecisionResult result = DecisionTables.evaluate(decision, variables);
    assertThat(result).as("FIRST returns exactly one row").hasSize(1);
    return result.getSingleResult();
  }

  private static void assertEligible(Map<String, Object> variables) {
    DmnDecisionResultEntries result = check(variables);
    assertThat((Boolean) result.getEntry("eligible")).isTrue();
    assertThat((String) result.getEntry("reason")).isNotNull().isEmpty();
  }

  private static void assertRefused(Map<String, Object> variables, String reason) {
    DmnDecisionResultEntries result = check(variables);
    assertThat((Boolean) result.getEntry("eligible")).isFalse();
    assertThat((String) result.getEntry("reason")).isEqualTo(reason);
  }

  @Test
  void decisionHasContractKeyNameHitPolicyInputsAndOutputs() {
    assertThat(decision.getKey()).isEqualTo("scholarship-eligibility");
    assertThat(decision.getName()).isEqualTo("金秋助学入围资格");
    assertThat(DecisionTables.hitPolicy(decision)).isEqualTo(HitPolicy.FIRST);
    assertThat(DecisionTables.inputs(decision))
        .containsExactly(
            new Column("applicantType", "string"),
            new Column("isCurrentGraduate", "boolean"),
            new Column("admissionBatch", "string"),
            new Column("formallyAdmitted", "boolean"),
            new Column("goodGradesAndConduct", "boolean"),
            new Column("hasCountyHukou", "boolean"),
            new Column("hardshipCause", "string"),
            new Column("previouslyFunded", "boolean"));
    assertThat(DecisionTables.outputs(decision))
        .containsExactly(new Column("eligible", "boolean"), new Column("reason", "string"));
  }

  // ------------------------------------------------------------------ eligible

  @Test
  void hardshipWorkersChildMeetingEveryConditionIsEligibleWithEmptyReason() {
    assertEligible(eligibleApplication());
  }

  @Test
  void migrantWorkersChildMeetingEveryConditionIsEligible() {
    assertEligible(with("applicantType", "MIGRANT_WORKER"));
  }

  @Test
  void tierOneAdmissionIsEligible() {
    assertEligible(with("admissionBatch", "TIER_ONE"));
  }

  @Test
  void tierTwoAdmissionIsEligible() {
    assertEligible(with("admissionBatch", "TIER_TWO"));
  }

  @Test
  void undergraduateBatchOfAProvinceWithMergedBatchesCountsAsTierTwoOrAbove() {
    assertEligible(with("admissionBatch", "UNDERGRADUATE"));
  }

  @ParameterizedTest(name = "hardship cause {0} is eligible")
  @ValueSource(strings = {"ORPHAN", "BREADWINNER_DISABLED", "NATURAL_DISASTER", "OTHER"})
  void everyNamedHardshipCauseAndOtherSpecialHardshipIsEligible(String cause) {
    assertEligible(with("hardshipCause", cause));
  }

  // ------------------------------------------------------------------ each refusal alone

  @Test
  void applicantWhoIsNeitherHardshipNorMigrantWorkerIsRefused() {
    assertRefused(with("applicantType", "OTHER"), NOT_TARGET_GROUP);
  }

  @Test
  void studentWhoIsNotThisYearsGraduateIsRefused() {
    assertRefused(with("isCurrentGraduate", false), NOT_CURRENT_GRADUATE);
  }

  @Test
  void vocationalAdmissionIsRefusedAsBelowTierTwo() {
    assertRefused(with("admissionBatch", "VOCATIONAL"), NOT_TIER_TWO_OR_ABOVE);
  }

  @Test
  void studentWithoutAdmissionBatchIsRefusedAsBelowTierTwo() {
    assertRefused(with("admissionBatch", "NONE"), NOT_TIER_TWO_OR_ABOVE);
  }

  @Test
  void studentNotYetFormallyAdmittedIsRefused() {
    assertRefused(with("formallyAdmitted", false), NOT_FORMALLY_ADMITTED);
  }

  @Test
  void studentWithoutGoodGradesAndConductIsRefused() {
    assertRefused(with("goodGradesAndConduct", false), NOT_GOOD_GRADES_AND_CONDUCT);
  }

  @Test
  void studentWithoutCountyHukouIsRefused() {
    assertRefused(with("hasCountyHukou", false), NO_COUNTY_HUKOU);
  }

  @Test
  void familyWithoutSpecialHardshipIsRefused() {
    assertRefused(with("hardshipCause", "NONE"), NO_SPECIAL_HARDSHIP);
  }

  @Test
  void studentAlreadyFundedIsRefusedAlthoughEveryOtherConditionIsMet() {
    assertRefused(with("previouslyFunded", true), PREVIOUSLY_FUNDED);
  }

  // ------------------------------------------------------------------ FIRST: refusals before eligible, in order

  @Test
  void refusalRowsComeFirstAndTheOnlyEligibleRowIsLast() {
    // The eligible row names a passing value in every column, so a row moved above it would still not change
    // any result; this keeps the table readable as the contract writes it: refusals first, then eligible.
    assertThat(DecisionTables.outputEntries(decision, "eligible"))
        .containsExactly("false", "false", "false", "false", "false", "false", "false", "false", "true");
    assertThat(DecisionTables.outputEntries(decision, "reason"))
        .containsExactly(
            quoted(NOT_TARGET_GROUP),
            quoted(NOT_CURRENT_GRADUATE),
            quoted(NOT_TIER_TWO_OR_ABOVE),
            quoted(NOT_FORMALLY_ADMITTED),
            quoted(NOT_GOOD_GRADES_AND_CONDUCT),
            quoted(NO_COUNTY_HUKOU),
            quoted(NO_SPECIAL_HARDSHIP),
            quoted(PREVIOUSLY_FUNDED),
            quoted(""));
  }

  private static String quoted(String text) {
    return '"' + text + '"';
  }

  @Test
  void applicationFailingEveryConditionIsToldTheFirstReasonOnly() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicantType", "OTHER");
    variables.put("isCurrentGraduate", false);
    variables.put("admissionBatch", "NONE");
    variables.put("formallyAdmitted", false);
    variables.put("goodGradesAndConduct", false);
    variables.put("hasCountyHukou", false);
    variables.put("hardshipCause", "NONE");
    variables.put("previouslyFunded", true);

    assertRefused(variables, NOT_TARGET_GROUP);
  }

  @Test
  void refusalsAreCheckedInTheContractsOrderOfConditions() {
    // Start with every condition unmet, then meet them one by one from the first: each step reveals the next reason.
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicantType", "OTHER");
    variables.put("isCurrentGraduate", false);
    variables.put("admissionBatch", "VOCATIONAL");
    variables.put("formallyAdmitted", false);
    variables.put("goodGradesAndConduct", false);
    variables.put("hasCountyHukou", false);
    variables.put("hardshipCause", "NONE");
    variables.put("previouslyFunded", true);
    Map<String, Object> eligible = eligibleApplication();
    List<String> fixOrder =
        List.of(
            "applicantType", "isCurrentGraduate", "admissionBatch", "formallyAdmitted", "goodGradesAndConduct",
            "hasCountyHukou", "hardshipCause", "previouslyFunded");

    List<String> reasons = new ArrayList<>();
    for (String condition : fixOrder) {
      reasons.add(check(variables).getEntry("reason"));
      variables.put(condition, eligible.get(condition));
    }

    assertThat(reasons)
        .containsExactly(
            NOT_TARGET_GROUP,
            NOT_CURRENT_GRADUATE,
            NOT_TIER_TWO_OR_ABOVE,
            NOT_FORMALLY_ADMITTED,
            NOT_GOOD_GRADES_AND_CONDUCT,
            NO_COUNTY_HUKOU,
            NO_SPECIAL_HARDSHIP,
            PREVIOUSLY_FUNDED);
    assertEligible(variables);
  }

  @Test
  void previouslyFundedStudentWhoAlsoLacksHukouIsToldAboutTheHukouFirst() {
    Map<String, Object> variables = with("previouslyFunded", true);
    variables.put("hasCountyHukou", false);

    assertRefused(variables, NO_COUNTY_HUKOU);
  }

  // ------------------------------------------------------------------ unknown or missing input is never eligible

  @Test
  void misspeltApplicantTypeGivesNoResultInsteadOfEligible() {
    assertThat(DecisionTables.evaluate(decision, with("applicantType", "hardship_worker"))).isEmpty();
  }

  @Test
  void unansweredConditionGivesNoResultInsteadOfEligible() {
    assertThat(DecisionTables.evaluate(decision, with("goodGradesAndConduct", null))).isEmpty();
    assertThat(DecisionTables.evaluate(decision, with("previouslyFunded", null))).isEmpty();
  }
}
