package cn.gonghui.bpm.founding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.testkit.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code union-founding-approval-authority} — 组建审批权限 (000:163), hit policy UNIQUE. */
class UnionFoundingApprovalAuthorityDecisionTest {

  private static final String COUNTY_FEDERATION = "COUNTY_FEDERATION";
  private static final String TOWN_UNION = "TOWN_UNION";
  private static final String COMMUNITY_UNION = "COMMUNITY_UNION";

  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    decision = DecisionTables.parse("union-founding-approval-authority");
  }

  private static String approvingLevel(int employeeCount) {
    return DecisionTables.evaluate(decision, Map.of("employeeCount", employeeCount))
        .getSingleResult()
        .getEntry("approvingLevel");
  }

  @Test
  void decisionHasContractKeyAndChineseName() {
    assertThat(decision.getKey()).isEqualTo("union-founding-approval-authority");
    assertThat(decision.getName()).isEqualTo("组建审批权限");
  }

  @Test
  void enterpriseWithoutEmployeesOnLedgerIsApprovedByCommunityUnion() {
    assertThat(approvingLevel(0)).isEqualTo(COMMUNITY_UNION);
  }

  @Test
  void enterpriseWith7EmployeesIsApprovedByCommunityUnion() {
    assertThat(approvingLevel(7)).isEqualTo(COMMUNITY_UNION);
  }

  @Test
  void enterpriseWith8EmployeesIsApprovedByTownUnion() {
    assertThat(approvingLevel(8)).isEqualTo(TOWN_UNION);
  }

  @Test
  void enterpriseWith25EmployeesIsApprovedByTownUnion() {
    assertThat(approvingLevel(25)).isEqualTo(TOWN_UNION);
  }

  @Test
  void enterpriseWith49EmployeesIsApprovedByTownUnion() {
    assertThat(approvingLevel(49)).isEqualTo(TOWN_UNION);
  }

  @Test
  void enterpriseWith50EmployeesIsApprovedByCountyFederation() {
    assertThat(approvingLevel(50)).isEqualTo(COUNTY_FEDERATION);
  }

  @Test
  void enterpriseWith200EmployeesIsApprovedByCountyFederation() {
    assertThat(approvingLevel(200)).isEqualTo(COUNTY_FEDERATION);
  }

  @Test
  void veryLargeEnterpriseIsApprovedByCountyFederation() {
    assertThat(approvingLevel(1_000_000)).isEqualTo(COUNTY_FEDERATION);
  }

  @Test
  void everyEmployeeCountHasExactlyOneApprovingLevel() {
    // UNIQUE would throw if two rows matched; getSingleResult() fails if none matched.
    for (int employees = 0; employees <= 1000; employees++) {
      String expected = employees >= 50 ? COUNTY_FEDERATION : employees >= 8 ? TOWN_UNION : COMMUNITY_UNION;
      assertThat(approvingLevel(employees)).as("employeeCount %d", employees).isEqualTo(expected);
    }
  }

  @Test
  void missingEmployeeCountGivesNoApprovingLevel() {
    // The caller validates the ledger count first; an empty count must not default to any level.
    Map<String, Object> variables = new HashMap<>();
    variables.put("employeeCount", null);
    assertThat(DecisionTables.evaluate(decision, variables)).isEmpty();
  }
}
