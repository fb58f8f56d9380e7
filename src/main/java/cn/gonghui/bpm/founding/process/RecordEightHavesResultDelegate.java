package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.EIGHT_HAVES_INPUTS;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_MISSING;

import cn.gonghui.bpm.founding.record.FoundingRecordService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a 八有 check with what union-eight-haves found missing. */
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
    List<String> missing = new ArrayList<>();
    if (execution.getVariable(VAR_MISSING) instanceof Collection<?> found) {
      found.forEach(item -> missing.add(String.valueOf(item)));
    }
    records.recordEightHaves(Actors.enterpriseId(execution), items, missing, Actors.userId(execution));
  }
}
