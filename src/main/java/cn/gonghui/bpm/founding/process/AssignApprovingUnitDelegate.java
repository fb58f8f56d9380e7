package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.VAR_APPROVER_UNIT_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_APPROVING_LEVEL;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_ORG_UNIT_CODE;

import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Routing: the unit of the level chosen by union-founding-approval-authority at or above the
 * enterprise's community becomes {@code approverUnitCode}, the candidate group of the approvals.
 */
@Component("assignApprovingUnitDelegate")
public class AssignApprovingUnitDelegate implements JavaDelegate {

  private final OrgUnitService orgUnits;

  public AssignApprovingUnitDelegate(OrgUnitService orgUnits) {
    this.orgUnits = orgUnits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrgLevel level = OrgLevel.valueOf((String) execution.getVariable(VAR_APPROVING_LEVEL));
    String community = (String) execution.getVariable(VAR_ORG_UNIT_CODE);
    execution.setVariable(VAR_APPROVER_UNIT_CODE, orgUnits.findUnitAtOrAbove(community, level).getCode());
  }
}
