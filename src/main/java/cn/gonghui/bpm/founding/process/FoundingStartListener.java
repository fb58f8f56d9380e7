package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_COMMUNITY_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_CREDIT_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EIGHT_HAVES_DELAY;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EMPLOYEE_COUNT;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_ENTERPRISE_ID;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_ENTERPRISE_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_FEMALE_EMPLOYEE_COUNT;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_HAS_PARTY_ORGANISATION;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_RECTIFICATION_PERIOD;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.enterprise.EnterpriseDetails;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.founding.record.FoundingCaseService;
import cn.gonghui.bpm.platform.input.FormInput;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a founding case (Tasklist start form, Camunda REST, or POST /api/union-foundings): registers
 * the enterprise in the ledger (or takes the ledger row {@code enterpriseId}), opens the case (refused when
 * the enterprise has a union or one underway) and leaves ids and routing flags in the case. Any bad input
 * throws before a write.
 */
@Component("foundingStartListener")
public class FoundingStartListener implements ExecutionListener {

  private static final List<String> LEDGER_FIELDS = List.of(FIELD_CREDIT_CODE, FIELD_COMMUNITY_CODE);

  private final LedgerService ledger;
  private final FoundingCaseService cases;

  public FoundingStartListener(LedgerService ledger, FoundingCaseService cases) {
    this.ledger = ledger;
    this.cases = cases;
  }

  /** The case's business key as Cockpit shows it: 「企业名称（统一社会信用代码）」. */
  public static String businessKey(Enterprise enterprise) {
    return enterprise.getName() + "（" + enterprise.getCreditCode() + "）";
  }

  @Override
  public void notify(DelegateExecution execution) {
    String user = Actors.userId(execution);
    FormInput input = FormInput.of(execution.getVariables());
    // an administrator's own waiting periods for this case (checked); without them the configured ones apply
    String delay = input.duration(VAR_EIGHT_HAVES_DELAY, "八有检查等待时间", null);
    String period = input.duration(VAR_RECTIFICATION_PERIOD, "整改期限", null);
    // The platform has already placed the case in its community (the tenant FoundingDescription chose)
    // and refused a clerk's start for another community.
    Enterprise enterprise =
        execution.hasVariable(VAR_ENTERPRISE_ID)
            ? ledger.require(input.id(VAR_ENTERPRISE_ID, "企业编号"))
            : ledger.register(EnterpriseDetails.from(execution.getVariables()), execution.getTenantId(), user);
    cases.open(execution.getProcessInstanceId(), enterprise.getId(), user);
    execution.removeVariables(LEDGER_FIELDS);
    execution.setVariable(VAR_ENTERPRISE_ID, enterprise.getId());
    execution.setVariable(VAR_ENTERPRISE_NAME, enterprise.getName());
    // Cockpit lists and searches cases by business key: the enterprise's name first, its credit code to tell
    // two enterprises of the same name apart
    execution.setProcessBusinessKey(businessKey(enterprise));
    execution.setVariable(VAR_HAS_PARTY_ORGANISATION, enterprise.isHasPartyOrganisation());
    execution.setVariable(VAR_EMPLOYEE_COUNT, enterprise.getEmployeeCount());
    execution.setVariable(VAR_FEMALE_EMPLOYEE_COUNT, enterprise.getFemaleEmployeeCount());
    setOrRemove(execution, VAR_EIGHT_HAVES_DELAY, delay);
    setOrRemove(execution, VAR_RECTIFICATION_PERIOD, period);
  }

  private static void setOrRemove(DelegateExecution execution, String name, String value) {
    if (value == null) {
      execution.removeVariable(name);
    } else {
      execution.setVariable(name, value);
    }
  }
}
