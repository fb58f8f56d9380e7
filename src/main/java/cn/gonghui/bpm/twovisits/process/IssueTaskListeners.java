package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.IssueProcess.*;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The listeners of {@code two-visits-issue} (BPMN: {@code ${issueTaskListeners.classify(task)}} and the like): the
 * case's start, the route the table chose, and one method per task mapping its form into {@link ProblemService}.
 * A form's values leave the case once recorded, except what a gateway or the routing table reads next (the two
 * questions, the outcome): a later round of assistance must not take an earlier round's note as its own.
 */
@Component("issueTaskListeners")
public class IssueTaskListeners {

  /** The superior union's answers: the labels kept with the answer. */
  static final java.util.Map<String, String> ANSWER_OUTCOMES =
      java.util.Map.of(
          "WILL_SOLVE", "上级部门负责解决",
          "GUIDANCE", "提出指导意见，由本单位落实",
          "CANNOT_SOLVE", "暂不能解决，已说明原因");

  private final ProblemService problems;
  private final CampaignService campaigns;

  public IssueTaskListeners(ProblemService problems, CampaignService campaigns) {
    this.problems = problems;
    this.campaigns = campaigns;
  }

  /** Start: links the problem to its case and puts what the tasks need into the case. */
  public void started(DelegateExecution execution) {
    long problemId = FormInput.idOf(execution.getVariable(VAR_PROBLEM_ID), VAR_PROBLEM_ID, "问题编号");
    Problem problem = problems.linkCase(problemId, execution.getProcessInstanceId());
    Campaign campaign = campaigns.requireById(problem.getCampaignId());
    execution.setVariable(VAR_CAMPAIGN_ID, campaign.getId());
    execution.setVariable(VAR_SUPERIOR_UNIT_CODE, campaign.getSuperiorUnitCode());
    execution.setVariable(VAR_PROBLEM_TEXT, problem.getDescription());
  }

  /** 归类: 客观/主观, a category, and the two questions the routing table asks, as booleans. */
  public void classify(DelegateTask task) {
    FormInput form = form(task);
    Problem.Nature nature = Problem.Nature.valueOf(form.choice(FIELD_NATURE, "问题性质", "OBJECTIVE", "SUBJECTIVE"));
    Problem.Category category = Problem.Category.valueOf(form.choice(FIELD_CATEGORY, "问题类别", categories()));
    boolean canUnionSolve = required(form, FIELD_CAN_UNION_SOLVE, "工会能否解决");
    boolean withinUnitAuthority = required(form, FIELD_WITHIN_UNIT_AUTHORITY, "本单位行政能否解决");
    problems.classify(
        task.getProcessInstanceId(), nature, category, canUnionSolve, withinUnitAuthority,
        form.optionalText(FIELD_CLASSIFICATION_NOTE, "归类说明", 1000), Actors.userId(task));
    task.setVariable(FIELD_CAN_UNION_SOLVE, canUnionSolve);
    task.setVariable(FIELD_WITHIN_UNIT_AUTHORITY, withinUnitAuthority);
    CampaignTaskListeners.consumed(task, FIELD_NATURE, FIELD_CATEGORY, FIELD_CLASSIFICATION_NOTE);
  }

  /** The route two-visits-issue-routing chose (end listener of the business rule task). */
  public void routed(DelegateExecution execution) {
    Object route = execution.getVariable(VAR_ROUTE);
    if (route == null) {
      throw new IllegalStateException("two-visits-issue-routing gave no route: check the table " + DECISION_ROUTING);
    }
    problems.routed(execution.getProcessInstanceId(), Problem.Route.valueOf(route.toString()));
  }

  /** 工会解决: the measure, and solved (the result) or closed (the reason). */
  public void solveByUnion(DelegateTask task) {
    FormInput form = form(task);
    problems.solveByUnion(
        task.getProcessInstanceId(), form.text(FIELD_MEASURE, "解决办法", 2000),
        form.choice(FIELD_OUTCOME, "办理结果", OUTCOME_SOLVED, OUTCOME_CLOSED), form.optionalText(FIELD_OUTCOME_NOTE, "结果或理由", 2000),
        Actors.userId(task));
    CampaignTaskListeners.consumed(task, FIELD_MEASURE, FIELD_OUTCOME_NOTE);
  }

  /** 向本单位行政部门汇报, with the union's proposal. */
  public void reportToAdministration(DelegateTask task) {
    FormInput form = form(task);
    problems.reportToAdministration(
        task.getProcessInstanceId(), form.pastDate(FIELD_REPORT_DATE, "汇报日期"), form.text(FIELD_REPORTED_TO, "汇报对象", 100),
        form.text(FIELD_PROPOSAL, "提出的解决意见", 2000), Actors.userId(task));
    CampaignTaskListeners.consumed(task, FIELD_REPORT_DATE, FIELD_REPORTED_TO, FIELD_PROPOSAL);
  }

  /** 向上级工会汇报, with the union's proposal; the superior union's clerks answer. */
  public void reportToSuperior(DelegateTask task) {
    FormInput form = form(task);
    problems.reportToSuperior(
        task.getProcessInstanceId(), form.pastDate(FIELD_REPORT_DATE, "汇报日期"), form.text(FIELD_PROPOSAL, "提出的解决意见", 2000),
        (String) task.getVariable(VAR_SUPERIOR_UNIT_CODE), Actors.userId(task));
    CampaignTaskListeners.consumed(task, FIELD_REPORT_DATE, FIELD_PROPOSAL);
  }

  /** The superior union's answer form shows the report. */
  public void showReport(DelegateTask task) {
    task.setVariableLocal(VAR_REPORT_TEXT, problems.reportText(task.getProcessInstanceId()));
  }

  /** 答复上报问题 (superior union): the answer comes back to the case. */
  public void answerReport(DelegateTask task) {
    FormInput form = form(task);
    String outcome = form.choice(FIELD_ANSWER_OUTCOME, "答复意见", ANSWER_OUTCOMES.keySet().toArray(String[]::new));
    problems.answer(
        task.getProcessInstanceId(), form.text(FIELD_ANSWER, "答复内容", 2000), ANSWER_OUTCOMES.get(outcome),
        (String) task.getVariable(VAR_SUPERIOR_UNIT_CODE), Actors.userId(task));
    CampaignTaskListeners.consumed(task, FIELD_ANSWER, FIELD_ANSWER_OUTCOME);
  }

  /** The assistance form shows what was reported and answered so far. */
  public void showAnswer(DelegateTask task) {
    task.setVariableLocal(VAR_ANSWER_TEXT, problems.answerText(task.getProcessInstanceId()));
  }

  /** 协助解决: one round; solved (result), closed (reason) or go on. */
  public void assist(DelegateTask task) {
    FormInput form = form(task);
    problems.assist(
        task.getProcessInstanceId(), form.text(FIELD_PROGRESS, "本次协助情况", 2000),
        form.choice(FIELD_OUTCOME, "办理结果", OUTCOME_SOLVED, OUTCOME_CLOSED, OUTCOME_CONTINUE),
        form.optionalText(FIELD_OUTCOME_NOTE, "结果或理由", 2000), Actors.userId(task));
    CampaignTaskListeners.consumed(task, FIELD_PROGRESS, FIELD_OUTCOME_NOTE);
  }

  private static boolean required(FormInput form, String field, String label) {
    Object raw = form.raw(field);
    if (raw == null || raw.toString().isBlank()) {
      throw new InvalidInputException(field, label, "请选择“能”或“不能”");
    }
    return form.flag(field, label);
  }

  private static String[] categories() {
    Problem.Category[] all = Problem.Category.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].name();
    }
    return names;
  }

  private static FormInput form(DelegateTask task) {
    return FormInput.of(task.getVariables());
  }
}
