package cn.gonghui.bpm.scholarship.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import cn.gonghui.bpm.testkit.DecisionTables.Column;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code scholarship-required-materials} — 金秋助学申报材料 (000:539-549), hit policy COLLECT. */
class ScholarshipRequiredMaterialsDecisionTest {

  private static final Map<String, Object> WRITTEN_APPLICATION_KEPT =
      Map.of("material", "WRITTEN_APPLICATION", "handling", "KEEP");
  private static final Map<String, Object> SUBSISTENCE_CERTIFICATE_COPIED_AND_RETURNED =
      Map.of("material", "SUBSISTENCE_CERTIFICATE", "handling", "COPY_AND_RETURN");
  private static final Map<String, Object> HOUSEHOLD_REGISTER_CHECKED_AND_RETURNED =
      Map.of("material", "HOUSEHOLD_REGISTER", "handling", "CHECK_AND_RETURN");
  private static final Map<String, Object> STUDENT_ID_CARD_CHECKED_AND_RETURNED =
      Map.of("material", "STUDENT_ID_CARD", "handling", "CHECK_AND_RETURN");
  private static final Map<String, Object> ADMISSION_LETTER_COPY_KEPT =
      Map.of("material", "ADMISSION_LETTER_COPY", "handling", "KEEP");
  private static final Map<String, Object> POVERTY_RELIEF_BOOKLET_COPIED_AND_RETURNED =
      Map.of("material", "POVERTY_RELIEF_BOOKLET", "handling", "COPY_AND_RETURN");

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("scholarship-required-materials");
  }

  /** One map per material, in the order the table lists them: {material, handling}. */
  private static List<Map<String, Object>> materials(String applicantType) {
    return DecisionTables.evaluate(decision, Map.of("applicantType", applicantType)).getResultList();
  }

  @Test
  void decisionHasContractKeyNameHitPolicyInputAndOutputs() {
    assertThat(decision.getKey()).isEqualTo("scholarship-required-materials");
    assertThat(decision.getName()).isEqualTo("金秋助学申报材料");
    assertThat(DecisionTables.hitPolicy(decision)).isEqualTo(HitPolicy.COLLECT);
    assertThat(DecisionTables.inputs(decision)).containsExactly(new Column("applicantType", "string"));
    assertThat(DecisionTables.outputs(decision))
        .containsExactly(new Column("material", "string"), new Column("handling", "string"));
  }

  @Test
  void hardshipWorkerBringsTheFiveCommonMaterialsInSourceOrderWithTheirHandling() {
    assertThat(materials("HARDSHIP_WORKER"))
        .containsExactly(
            WRITTEN_APPLICATION_KEPT,
            SUBSISTENCE_CERTIFICATE_COPIED_AND_RETURNED,
            HOUSEHOLD_REGISTER_CHECKED_AND_RETURNED,
            STUDENT_ID_CARD_CHECKED_AND_RETURNED,
            ADMISSION_LETTER_COPY_KEPT);
  }

  @Test
  void migrantWorkerAlsoBringsThePovertyReliefBookletCopiedAndReturnedLast() {
    assertThat(materials("MIGRANT_WORKER"))
        .containsExactly(
            WRITTEN_APPLICATION_KEPT,
            SUBSISTENCE_CERTIFICATE_COPIED_AND_RETURNED,
            HOUSEHOLD_REGISTER_CHECKED_AND_RETURNED,
            STUDENT_ID_CARD_CHECKED_AND_RETURNED,
            ADMISSION_LETTER_COPY_KEPT,
            POVERTY_RELIEF_BOOKLET_COPIED_AND_RETURNED);
  }

  @Test
  void otherApplicantIsToldTheCommonMaterialsWithoutPovertyReliefBooklet() {
    // "all" in the contract: the list does not depend on eligibility, which scholarship-eligibility decides.
    assertThat(materials("OTHER"))
        .containsExactly(
            WRITTEN_APPLICATION_KEPT,
            SUBSISTENCE_CERTIFICATE_COPIED_AND_RETURNED,
            HOUSEHOLD_REGISTER_CHECKED_AND_RETURNED,
            STUDENT_ID_CARD_CHECKED_AND_RETURNED,
            ADMISSION_LETTER_COPY_KEPT);
  }

  @ParameterizedTest(name = "{0} keeps only the written application and the admission letter copy")
  @ValueSource(strings = {"HARDSHIP_WORKER", "MIGRANT_WORKER"})
  void onlyTheWrittenApplicationAndTheAdmissionLetterCopyAreKept(String applicantType) {
    assertThat(materials(applicantType))
        .filteredOn(material -> "KEEP".equals(material.get("handling")))
        .extracting(material -> material.get("material"))
        .containsExactly("WRITTEN_APPLICATION", "ADMISSION_LETTER_COPY");
  }

  @Test
  void eachMaterialIsListedOnceOnly() {
    assertThat(materials("MIGRANT_WORKER")).extracting(material -> material.get("material")).doesNotHaveDuplicates();
  }
}
