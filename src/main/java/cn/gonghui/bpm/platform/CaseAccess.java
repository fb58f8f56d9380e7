package cn.gonghui.bpm.platform;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may read a case's records through /api: exactly when the engine shows them the
 * case or one of its tasks (the clerks of the owning unit, the clerks of a unit that approves in the case,
 * the managers above them, administrators). The engine's own tenant and authorization checks decide, so
 * /api and /engine-rest always agree.
 */
@Component
public class CaseAccess {

  private final HistoryService history;

  public CaseAccess(HistoryService history) {
    this.history = history;
  }

  /** Fails with 404 (as for a case that does not exist) unless the current user may read the case. */
  public void requireReadable(String processInstanceId) {
    if (processInstanceId == null
        || processInstanceId.length() > 64
        || !(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
            || history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count() > 0)) {
      throw new NotFoundException("没有找到该事项，或您无权查看");
    }
  }
}
