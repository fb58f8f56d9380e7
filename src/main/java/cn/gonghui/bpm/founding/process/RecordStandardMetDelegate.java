package cn.gonghui.bpm.founding.process;

import cn.gonghui.bpm.founding.record.FoundingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nothing of the 八有 is missing: the union is recorded as 规范化建设达标 and the case ends. */
@Component("recordStandardMetDelegate")
public class RecordStandardMetDelegate implements JavaDelegate {

  private final FoundingCaseService cases;

  public RecordStandardMetDelegate(FoundingCaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.standardMet(execution.getProcessInstanceId());
  }
}
