package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.VAR_APPROVAL_NUMBER;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_UNION_CODE;

import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.founding.record.FoundingRecordService;
import cn.gonghui.bpm.organisation.OrgUnitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 8 宣布成立: the new union becomes an org unit (GRASSROOTS_UNION under the enterprise's community,
 * code {@code <community>-E<enterpriseId>}, with its groups), its approval number is recorded and the
 * ledger shows the enterprise as 已建会.
 */
@Component("establishUnionDelegate")
public class EstablishUnionDelegate implements JavaDelegate {

  private final LedgerService ledger;
  private final FoundingRecordService records;
  private final OrgUnitService orgUnits;

  public EstablishUnionDelegate(LedgerService ledger, FoundingRecordService records, OrgUnitService orgUnits) {
    this.ledger = ledger;
    this.records = records;
    this.orgUnits = orgUnits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long enterpriseId = Actors.enterpriseId(execution);
    Enterprise enterprise = ledger.require(enterpriseId);
    String unionCode = unionCode(enterprise.getCommunityCode(), enterpriseId);
    orgUnits.createGrassrootsUnion(unionCode, enterprise.getName() + "工会委员会", enterprise.getCommunityCode());
    records.recordFounded(enterpriseId, unionCode, (String) execution.getVariable(VAR_APPROVAL_NUMBER));
    ledger.founded(enterpriseId, unionCode);
    execution.setVariable(VAR_UNION_CODE, unionCode);
  }

  static String unionCode(String communityCode, long enterpriseId) {
    return communityCode + "-E" + enterpriseId;
  }
}
