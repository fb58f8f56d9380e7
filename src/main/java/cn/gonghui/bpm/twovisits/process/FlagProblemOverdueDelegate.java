package cn.gonghui.bpm.twovisits.process;

import cn.gonghui.bpm.twovisits.record.ProblemService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A problem's due date passed before it was solved or closed: the problem is flagged overdue (the overview lists
 * it) and its open task, wherever it is (the union's or the superior union's), gets high priority and 「（已逾期）」.
 */
@Component("flagProblemOverdueDelegate")
public class FlagProblemOverdueDelegate implements JavaDelegate {

  private final ProblemService problems;

  public FlagProblemOverdueDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    problems.overdue(execution.getProcessInstanceId());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      task.setPriority(FlagLatePhaseDelegate.LATE_PRIORITY);
      if (!task.getName().endsWith(FlagLatePhaseDelegate.LATE_MARK)) {
        task.setName(task.getName() + FlagLatePhaseDelegate.LATE_MARK);
      }
      tasks.saveTask(task);
    }
  }
}
