package cn.gonghui.bpm.twovisits.process;

import cn.gonghui.bpm.twovisits.record.ReliefService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the 年关慰问 round is recorded (a save point): each household's relief goes into its register file as aid. */
@Component("payFestivalReliefDelegate")
public class PayFestivalReliefDelegate implements JavaDelegate {

  private final ReliefService reliefs;

  public PayFestivalReliefDelegate(ReliefService reliefs) {
    this.reliefs = reliefs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reliefs.writeToRegister(execution.getProcessInstanceId());
  }
}
