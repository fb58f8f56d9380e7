package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.TASK_RECTIFY_EIGHT_HAVES;

import cn.gonghui.bpm.founding.record.FoundingCaseService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The rectification is overdue: the open rectification task gets high priority and 「已超期」 in its
 * name (both shown in Tasklist), and the case is marked overdue for the overview.
 */
@Component("flagRectificationOverdueDelegate")
public class FlagRectificationOverdueDelegate implements JavaDelegate {

  /** Priority of an overdue rectification task (Camunda's default is 50). */
  public static final int OVERDUE_PRIORITY = 90;

  public static final String OVERDUE_MARK = "（已超期）";

  private final FoundingCaseService cases;

  public FlagRectificationOverdueDelegate(FoundingCaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.rectificationOverdue(execution.getProcessInstanceId());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task :
        tasks.createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(TASK_RECTIFY_EIGHT_HAVES)
            .list()) {
      task.setPriority(OVERDUE_PRIORITY);
      if (!task.getName().endsWith(OVERDUE_MARK)) {
        task.setName(task.getName() + OVERDUE_MARK);
      }
      tasks.saveTask(task);
    }
  }
}
