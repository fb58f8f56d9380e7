package cn.gonghui.bpm.founding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code union-cadre-eligibility} — 工会干部任职资格 (000:171), hit policy UNIQUE. */
class UnionCadreEligibilityDecisionTest {

  static final String NOT_A_MEMBER = "非工会会员，不能担任工会干部";
  static final String OWNER_OR_RELATIVE = "民营企业主及其近亲属不能担任工会主席、经审会主任和经审委员";

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("union-cadre-eligibility");
  }

  private static DmnDecisionResult evaluate(String position, boolean isMember, boolean isOwnerOrCloseRelative) {
    return DecisionTables.evaluate(
        decision,
        Map.of("position", position, "isMember", isMember, "isOwnerOrCloseRelative", isOwnerOrCloseRelative));
  }

  private static DmnDecisionResultEntries check(String position, boolean isMember, boolean isOwner) {
    return evaluate(position, isMember, isOwner).getSingleResult();
  }

  @Test
  void decisionHasContractKeyAndChineseName() {
    assertThat(decision.getKey()).isEqualTo("union-cadre-eligibility");
    assertThat(decision.getName()).isEqualTo("工会干部任职资格");
  }

  /** Every position × member × owner combination, with the exact Chinese reason ("" when eligible). */
  @ParameterizedTest(name = "{0}, member={1}, owner or close relative={2} → eligible={3} {4}")
  @CsvSource(
      textBlock =
          """
          CHAIR, false, false, false, 非工会会员，不能担任工会干部
          CHAIR, false, true, false, 非工会会员，不能担任工会干部
          CHAIR, true, false, true, ''
          CHAIR, true, true, false, 民营企业主及其近亲属不能担任工会主席、经审会主任和经审委员
          VICE_CHAIR, false, false, false, 非工会会员，不能担任工会干部
          VICE_CHAIR, false, true, false, 非工会会员，不能担任工会干部
          VICE_CHAIR, true, false, true, ''
          VICE_CHAIR, true, true, true, ''
          COMMITTEE_MEMBER, false, false, false, 非工会会员，不能担任工会干部
          COMMITTEE_MEMBER, false, true, false, 非工会会员，不能担任工会干部
          COMMITTEE_MEMBER, true, false, true, ''
          COMMITTEE_MEMBER, true, true, true, ''
          AUDIT_COMMITTEE_DIRECTOR, false, false, false, 非工会会员，不能担任工会干部
          AUDIT_COMMITTEE_DIRECTOR, false, true, false, 非工会会员，不能担任工会干部
          AUDIT_COMMITTEE_DIRECTOR, true, false, true, ''
          AUDIT_COMMITTEE_DIRECTOR, true, true, false, 民营企业主及其近亲属不能担任工会主席、经审会主任和经审委员
          AUDIT_COMMITTEE_MEMBER, false, false, false, 非工会会员，不能担任工会干部
          AUDIT_COMMITTEE_MEMBER, false, true, false, 非工会会员，不能担任工会干部
          AUDIT_COMMITTEE_MEMBER, true, false, true, ''
          AUDIT_COMMITTEE_MEMBER, true, true, false, 民营企业主及其近亲属不能担任工会主席、经审会主任和经审委员
          """)
  void everyPositionMemberAndOwnerCombinationHasOneAnswer(
      String position, boolean isMember, boolean isOwner, boolean eligible, String reason) {
    DmnDecisionResultEntries result = check(position.strip(), isMember, isOwner);
    assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
    assertThat((String) result.getEntry("reason")).isEqualTo(reason.strip());
  }

  @Test
  void nonMemberCannotBeChair() {
    DmnDecisionResultEntries result = check("CHAIR", false, false);
    assertThat((Boolean) result.getEntry("eligible")).isFalse();
    assertThat((String) result.getEntry("reason")).isEqualTo(NOT_A_MEMBER);
  }

  @Test
  void nonMemberWhoIsAlsoOwnerIsToldAboutMembershipFirst() {
    assertThat((String) check("CHAIR", false, true).getEntry("reason")).isEqualTo(NOT_A_MEMBER);
  }

  @Test
  void ownerOrCloseRelativeCannotBeChair() {
    DmnDecisionResultEntries result = check("CHAIR", true, true);
    assertThat((Boolean) result.getEntry("eligible")).isFalse();
    assertThat((String) result.getEntry("reason")).isEqualTo(OWNER_OR_RELATIVE);
  }

  @Test
  void ownerOrCloseRelativeCannotBeAuditCommitteeDirector() {
    DmnDecisionResultEntries result = check("AUDIT_COMMITTEE_DIRECTOR", true, true);
    assertThat((Boolean) result.getEntry("eligible")).isFalse();
    assertThat((String) result.getEntry("reason")).isEqualTo(OWNER_OR_RELATIVE);
  }

  @Test
  void ownerOrCloseRelativeCannotBeAuditCommitteeMember() {
    DmnDecisionResultEntries result = check("AUDIT_COMMITTEE_MEMBER", true, true);
    assertThat((Boolean) result.getEntry("eligible")).isFalse();
    assertThat((String) result.getEntry("reason")).isEqualTo(OWNER_OR_RELATIVE);
  }

  @Test
  void ownerOrCloseRelativeWhoIsMemberMayBeViceChair() {
    DmnDecisionResultEntries result = check("VICE_CHAIR", true, true);
    assertThat((Boolean) result.getEntry("eligible")).isTrue();
    assertThat((String) result.getEntry("reason")).isEmpty();
  }

  @Test
  void ownerOrCloseRelativeWhoIsMemberMayBeCommitteeMember() {
    DmnDecisionResultEntries result = check("COMMITTEE_MEMBER", true, true);
    assertThat((Boolean) result.getEntry("eligible")).isTrue();
    assertThat((String) result.getEntry("reason")).isEmpty();
  }

  @Test
  void memberWhoIsNotOwnerMayBeChair() {
    DmnDecisionResultEntries result = check("CHAIR", true, false);
    assertThat((Boolean) result.getEntry("eligible")).isTrue();
    assertThat((String) result.getEntry("reason")).isNotNull().isEmpty();
  }

  @Test
  void unknownPositionCodeForMemberGivesNoResultInsteadOfEligible() {
    // No catch-all "eligible" row: a misspelt position is not silently approved.
    assertThat(evaluate("TREASURER", true, false)).isEmpty();
    assertThat(evaluate("chair", true, true)).isEmpty();
  }

  @Test
  void unknownPositionCodeForNonMemberIsStillNotEligible() {
    assertThat((Boolean) check("TREASURER", false, false).getEntry("eligible")).isFalse();
  }
}
