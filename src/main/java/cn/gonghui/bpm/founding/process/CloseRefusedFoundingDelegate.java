package cn.gonghui.bpm.founding.process;

import cn.gonghui.bpm.founding.record.FoundingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The report was refused (its reason is recorded): the case ends, the ledger shows 未建会 again. */
@Component("closeRefusedFoundingDelegate")
public class CloseRefusedFoundingDelegate implements JavaDelegate {

  private final FoundingCaseService cases;

  public CloseRefusedFoundingDelegate(FoundingCaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.refused(execution.getProcessInstanceId());
  }
}
