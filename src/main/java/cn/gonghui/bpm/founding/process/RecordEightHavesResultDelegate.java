package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.EIGHT_HAVES_INPUTS;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_MISSING;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_MISSING_ITEMS;

import cn.gonghui.bpm.founding.record.FoundingRecordService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a 八有 check with what union-eight-haves found missing, and lists it for the rectification form. */
@Component("recordEightHavesResultDelegate")
public class RecordEightHavesResultDelegate implements JavaDelegate {

  private final FoundingRecordService records;

  public RecordEightHavesResultDelegate(FoundingRecordService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean[] items = new boolean[EIGHT_HAVES_INPUTS.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = Boolean.TRUE.equals(execution.getVariable(EIGHT_HAVES_INPUTS[i]));
    }
    List<String> missing = FoundingRecordService.strings(execution.getVariable(VAR_MISSING));
    records.recordEightHaves(execution.getProcessInstanceId(), items, missing, Actors.userId(execution));
    execution.setVariable(VAR_MISSING_ITEMS, String.join("、", missing));
  }
}
