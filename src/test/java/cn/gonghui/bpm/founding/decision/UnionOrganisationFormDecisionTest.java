package cn.gonghui.bpm.founding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code union-organisation-form} — 工会组织形式 (000:161), hit policy COLLECT. */
class UnionOrganisationFormDecisionTest {

  private static final String JOINT_UNION_OR_GROUP = "JOINT_UNION_OR_GROUP";
  private static final String UNION_COMMITTEE = "UNION_COMMITTEE";
  private static final String AUDIT_COMMITTEE = "AUDIT_COMMITTEE";
  private static final String FULL_TIME_CHAIR = "FULL_TIME_CHAIR";
  private static final String WOMEN_COMMITTEE = "WOMEN_COMMITTEE";

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("union-organisation-form");
  }

  private static List<String> structures(int memberCount, int femaleEmployeeCount) {
    return DecisionTables.evaluate(
            decision, Map.of("memberCount", memberCount, "femaleEmployeeCount", femaleEmployeeCount))
        .collectEntries("structure");
  }

  @Test
  void decisionIsCollectTableWithChineseName() {
    assertThat(decision.getKey()).isEqualTo("union-organisation-form");
    assertThat(decision.getName()).isEqualTo("工会组织形式");
  }

  @Test
  void unionWithoutMembersYetFormsJointUnionOrGroup() {
    assertThat(structures(0, 0)).containsExactly(JOINT_UNION_OR_GROUP);
  }

  @Test
  void sevenMembersFormJointUnionOrGroup() {
    assertThat(structures(7, 0)).containsExactly(JOINT_UNION_OR_GROUP);
  }

  @Test
  void eightMembersElectUnionCommittee() {
    assertThat(structures(8, 0)).containsExactly(UNION_COMMITTEE);
  }

  @Test
  void twentyFourMembersNeedNoAuditCommitteeYet() {
    assertThat(structures(24, 0)).containsExactly(UNION_COMMITTEE);
  }

  @Test
  void twentyFiveMembersAlsoSetUpAuditCommittee() {
    assertThat(structures(25, 0)).containsExactlyInAnyOrder(UNION_COMMITTEE, AUDIT_COMMITTEE);
  }

  @Test
  void oneHundredNinetyNineMembersNeedNoFullTimeChair() {
    assertThat(structures(199, 0)).containsExactlyInAnyOrder(UNION_COMMITTEE, AUDIT_COMMITTEE);
  }

  @Test
  void twoHundredMembersNeedFullTimeChairOrStaff() {
    assertThat(structures(200, 0))
        .containsExactlyInAnyOrder(UNION_COMMITTEE, AUDIT_COMMITTEE, FULL_TIME_CHAIR);
  }

  @Test
  void veryLargeUnionNeedsCommitteeAuditCommitteeAndFullTimeChair() {
    assertThat(structures(100_000, 0))
        .containsExactlyInAnyOrder(UNION_COMMITTEE, AUDIT_COMMITTEE, FULL_TIME_CHAIR);
  }

  @Test
  void nineFemaleEmployeesNeedNoWomenCommittee() {
    assertThat(structures(30, 9)).doesNotContain(WOMEN_COMMITTEE);
  }

  @Test
  void tenFemaleEmployeesNeedWomenCommittee() {
    assertThat(structures(30, 10))
        .containsExactlyInAnyOrder(UNION_COMMITTEE, AUDIT_COMMITTEE, WOMEN_COMMITTEE);
  }

  @Test
  void manyFemaleEmployeesNeedWomenCommittee() {
    assertThat(structures(30, 100_000)).contains(WOMEN_COMMITTEE);
  }

  @Test
  void womenCommitteeCountsFemaleEmployeesNotMembers() {
    // 女职工 counts employees, so a workplace with few members but many women still gets one (ambiguity 3).
    assertThat(structures(5, 12)).containsExactlyInAnyOrder(JOINT_UNION_OR_GROUP, WOMEN_COMMITTEE);
  }

  @Test
  void largeUnionWithManyWomenNeedsAllFourBodies() {
    assertThat(structures(250, 40))
        .containsExactlyInAnyOrder(UNION_COMMITTEE, AUDIT_COMMITTEE, FULL_TIME_CHAIR, WOMEN_COMMITTEE);
  }

  @Test
  void everyMemberCountGetsEitherJointUnionOrUnionCommitteeNeverBoth() {
    for (int members = 0; members <= 300; members++) {
      List<String> result = structures(members, 0);
      assertThat(result.contains(JOINT_UNION_OR_GROUP) ^ result.contains(UNION_COMMITTEE))
          .as("memberCount %d gives %s", members, result)
          .isTrue();
    }
  }
}
