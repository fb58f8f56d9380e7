package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.VAR_APPROVAL_NUMBER;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_UNION_CODE;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.founding.record.FoundingCaseService;
import cn.gonghui.bpm.organisation.OrgUnitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 8 宣布成立: the new union becomes an org unit (GRASSROOTS_UNION under the enterprise's community,
 * code {@code <community>-E<enterpriseId>}, with its groups), its approval number is recorded with the case
 * and the ledger shows the enterprise as 已建会.
 */
@Component("establishUnionDelegate")
public class EstablishUnionDelegate implements JavaDelegate {

  private final FoundingCaseService cases;
  private final OrgUnitService orgUnits;

  public EstablishUnionDelegate(FoundingCaseService cases, OrgUnitService orgUnits) {
    this.cases = cases;
    this.orgUnits = orgUnits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessInstanceId();
    Enterprise enterprise = cases.enterpriseOf(caseId);
    String unionCode = unionCode(enterprise.getCommunityCode(), enterprise.getId());
    orgUnits.createGrassrootsUnion(unionCode, enterprise.getName() + "工会委员会", enterprise.getCommunityCode());
    cases.founded(caseId, unionCode, (String) execution.getVariable(VAR_APPROVAL_NUMBER));
    execution.setVariable(VAR_UNION_CODE, unionCode);
  }

  static String unionCode(String communityCode, long enterpriseId) {
    return communityCode + "-E" + enterpriseId;
  }
}
