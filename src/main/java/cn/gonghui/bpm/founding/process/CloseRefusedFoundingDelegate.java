package cn.gonghui.bpm.founding.process;

import cn.gonghui.bpm.founding.ledger.LedgerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The report was refused (its reason is recorded): the enterprise goes back to 未建会 in the ledger. */
@Component("closeRefusedFoundingDelegate")
public class CloseRefusedFoundingDelegate implements JavaDelegate {

  private final LedgerService ledger;

  public CloseRefusedFoundingDelegate(LedgerService ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.stopFounding(Actors.enterpriseId(execution));
  }
}
