package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.twovisits.record.CampaignService;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A phase's window has passed and the phase is not done: the phase is flagged late in the campaign's record (the
 * superior union's managers see it in the 双走访 overview, its .xlsx and charts), and the phase's open tasks get high
 * priority and 「（已逾期）」 in their name in Tasklist. Input parameter {@value CampaignProcess#VAR_LATE_PHASE}: 1–4.
 */
@Component("flagLatePhaseDelegate")
public class FlagLatePhaseDelegate implements JavaDelegate {

  /** Priority of a late phase's tasks (Camunda's default is 50). */
  public static final int LATE_PRIORITY = 90;

  public static final String LATE_MARK = "（已逾期）";

  static final List<List<String>> TASKS =
      List.of(
          List.of(TASK_RECORD_STUDY, TASK_DRAFT_IMPLEMENTATION_PLAN, TASK_FORM_LEADING_GROUP, TASK_POST_NOTICE, TASK_HOLD_GROUP_MEETING),
          List.of(TASK_LIST_VISIT_TARGETS, TASK_VISIT_DEPARTMENT, TASK_VISIT_HOUSEHOLD),
          List.of(TASK_REVIEW_RESEARCH),
          List.of(TASK_WRITE_YEAR_SUMMARY, TASK_PLAN_NEXT_YEAR, TASK_HOLD_CONGRESS));

  private final CampaignService campaigns;

  public FlagLatePhaseDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int phase = Integer.parseInt(String.valueOf(execution.getVariableLocal(VAR_LATE_PHASE)));
    campaigns.phaseLate(execution.getProcessInstanceId(), phase);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (TASKS.get(phase - 1).contains(task.getTaskDefinitionKey())) {
        task.setPriority(LATE_PRIORITY);
        if (!task.getName().endsWith(LATE_MARK)) {
          task.setName(task.getName() + LATE_MARK);
        }
        tasks.saveTask(task);
      }
    }
  }
}
