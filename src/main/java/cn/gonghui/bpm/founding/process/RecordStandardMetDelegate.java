package cn.gonghui.bpm.founding.process;

import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.founding.record.FoundingRecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nothing of the 八有 is missing: the union is recorded as 规范化建设达标. */
@Component("recordStandardMetDelegate")
public class RecordStandardMetDelegate implements JavaDelegate {

  private final LedgerService ledger;
  private final FoundingRecordService records;

  public RecordStandardMetDelegate(LedgerService ledger, FoundingRecordService records) {
    this.ledger = ledger;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long enterpriseId = Actors.enterpriseId(execution);
    records.standardMet(enterpriseId);
    ledger.standardMet(enterpriseId);
  }
}
