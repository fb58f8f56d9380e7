package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.twovisits.record.CampaignRecordService;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.FiguresService;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import cn.gonghui.bpm.twovisits.record.ReliefService;
import cn.gonghui.bpm.twovisits.record.VisitService;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The task listeners of {@code two-visits-campaign}, one method per task (BPMN:
 * {@code ${campaignTaskListeners.recordStudy(task)}}): the {@code create} listeners put what a form shows into the
 * task (texts, kept local to the task), the {@code complete} listeners map the form's fields into a service call (a
 * bad value throws, the task stays open, nothing is written) and its answer into the case's routing variables.
 * A form's values then leave the case (they are in the records): the visits of phase 2 run in parallel and a later
 * task must never read an earlier task's field as its own (a problem line of one visit raised again by the next).
 */
@Component("campaignTaskListeners")
public class CampaignTaskListeners {

  private final CampaignService campaigns;
  private final CampaignRecordService records;
  private final VisitService visits;
  private final IssueRaiser issues;
  private final ProblemService problems;
  private final ReliefService reliefs;
  private final FiguresService figures;

  public CampaignTaskListeners(
      CampaignService campaigns,
      CampaignRecordService records,
      VisitService visits,
      IssueRaiser issues,
      ProblemService problems,
      ReliefService reliefs,
      FiguresService figures) {
    this.campaigns = campaigns;
    this.records = records;
    this.visits = visits;
    this.issues = issues;
    this.problems = problems;
    this.reliefs = reliefs;
    this.figures = figures;
  }

  // ---- phase 1 宣传发动 ---------------------------------------------------------------------------

  /** 1. 学习文件: what was studied, when, by how many. */
  public void recordStudy(DelegateTask task) {
    FormInput form = form(task);
    records.recordStudy(
        task.getProcessInstanceId(), form.pastDate(FIELD_STUDY_DATE, "学习日期"), form.text(FIELD_DOCUMENTS, "学习的文件", 5000),
        positive(form, FIELD_PARTICIPANTS, "参加学习人数"), FIELD_DOCUMENTS, Actors.userId(task));
    consumed(task, FIELD_STUDY_DATE, FIELD_DOCUMENTS, FIELD_PARTICIPANTS);
  }

  /** 2. 起草实施方案: text, or the uploaded file. */
  public void draftImplementationPlan(DelegateTask task) {
    FormInput form = form(task);
    records.draftImplementationPlan(
        task.getProcessInstanceId(), form.text(FIELD_PLAN_TITLE, "方案名称", 200), form.optionalText(FIELD_PLAN_TEXT, "实施方案正文", 20_000),
        LocalDate.now(), FIELD_PLAN_TEXT, Actors.userId(task));
    consumed(task, FIELD_PLAN_TITLE, FIELD_PLAN_TEXT);
  }

  /** 3. 成立领导小组及办公室. */
  public void formLeadingGroup(DelegateTask task) {
    records.formLeadingGroup(task.getProcessInstanceId(), form(task).text(FIELD_GROUP_MEMBERS, "领导小组成员", 2000), FIELD_GROUP_MEMBERS);
  }

  /** 4. 宣传栏张贴. */
  public void postNotice(DelegateTask task) {
    FormInput form = form(task);
    records.postNotice(
        task.getProcessInstanceId(), form.pastDate(FIELD_POSTED_ON, "张贴日期"), form.text(FIELD_POSTED_ITEMS, "张贴内容", 2000),
        Actors.userId(task));
    consumed(task, FIELD_POSTED_ON, FIELD_POSTED_ITEMS);
  }

  /** 5. 召开领导小组会议. */
  public void holdGroupMeeting(DelegateTask task) {
    FormInput form = form(task);
    records.holdGroupMeeting(
        task.getProcessInstanceId(), form.pastDate(FIELD_MEETING_DATE, "会议日期"), form.count(FIELD_ATTENDEES, "到会人数"),
        form.text(FIELD_MEASURES, "讨论确定的具体措施", 4000), FIELD_ATTENDEES, Actors.userId(task));
    consumed(task, FIELD_MEETING_DATE, FIELD_ATTENDEES, FIELD_MEASURES);
  }

  // ---- phase 2 深入走访 ---------------------------------------------------------------------------

  /** The listing form shows how many hardship households of the union's register are visited anyway. */
  public void showRegisterHouseholds(DelegateTask task) {
    String unit = campaigns.require(task.getProcessInstanceId()).getOrgUnitCode();
    task.setVariableLocal(VAR_REGISTER_HOUSEHOLDS, String.valueOf(visits.hardshipHouseholdCount(unit)));
  }

  /** 确定走访对象: the departments and households found now; the collections of the parallel visits. */
  public void listVisitTargets(DelegateTask task) {
    FormInput form = form(task);
    VisitService.Targets targets =
        visits.listTargets(
            task.getProcessInstanceId(), form.text(FIELD_DEPARTMENTS, "走访的教研组（部门）", 5000),
            form.optionalText(FIELD_NEW_HOUSEHOLDS, "新发现的困难职工家庭", 5000), FIELD_DEPARTMENTS, FIELD_NEW_HOUSEHOLDS);
    task.getExecution().setVariable(VAR_DEPARTMENT_VISIT_IDS, targets.departmentVisitIds());
    task.getExecution().setVariable(VAR_HOME_VISIT_IDS, targets.homeVisitIds());
    consumed(task, FIELD_DEPARTMENTS);
  }

  /** A department visit's form names the department. */
  public void showDepartment(DelegateTask task) {
    task.setVariableLocal(VAR_VISIT_SUBJECT, visits.departmentSubject(id(task.getVariable(VAR_DEPARTMENT_VISIT_ID))));
  }

  /** 走访教研组（部门）: date, form, people reached, opinions; each problem line starts a two-visits-issue. */
  public void visitDepartment(DelegateTask task) {
    FormInput form = form(task);
    long visitId = id(task.getVariable(VAR_DEPARTMENT_VISIT_ID));
    LocalDate date = form.pastDate(FIELD_VISIT_DATE, "走访日期");
    visits.recordDepartmentVisit(
        visitId, date, form.choice(FIELD_VISIT_FORM, "走访形式", VISIT_FORM_INTERVIEW, VISIT_FORM_FORUM, VISIT_FORM_BOTH),
        positive(form, FIELD_PEOPLE_REACHED, "走访人数"), form.text(FIELD_OPINIONS, "听取的意见", 4000),
        form.optionalText(FIELD_PAY_OPINIONS, "对绩效工资实施方案的意见", 2000), Actors.userId(task));
    issues.raise(
        task.getProcessInstanceId(), Problem.Source.DEPARTMENT, visitId, form.optionalText(FIELD_PROBLEMS, "需要解决的问题", 20_000),
        FIELD_PROBLEMS, date, Actors.userId(task));
    consumed(task, FIELD_VISIT_DATE, FIELD_VISIT_FORM, FIELD_PEOPLE_REACHED, FIELD_OPINIONS, FIELD_PAY_OPINIONS, FIELD_PROBLEMS);
  }

  /** A home visit's form names the household (its file, masked) or the 称呼 of one found now. */
  public void showHousehold(DelegateTask task) {
    task.setVariableLocal(VAR_VISIT_SUBJECT, visits.homeSubject(id(task.getVariable(VAR_HOME_VISIT_ID))));
  }

  /** 入户走访: the 困难职工情况登记表 creates or updates the household's file; problems start two-visits-issues. */
  public void visitHousehold(DelegateTask task) {
    FormInput form = form(task);
    long visitId = id(task.getVariable(VAR_HOME_VISIT_ID));
    LocalDate date = form.pastDate(FIELD_VISIT_DATE, "走访日期");
    visits.recordHomeVisit(
        task.getProcessInstanceId(), visitId, task.getVariables(), date, form.text(FIELD_VISITORS, "走访人", 200),
        form.text(FIELD_FINDINGS, "生活、思想状况", 2000), Actors.userId(task));
    issues.raise(
        task.getProcessInstanceId(), Problem.Source.HOME, visitId, form.optionalText(FIELD_PROBLEMS, "需要解决的问题", 20_000),
        FIELD_PROBLEMS, date, Actors.userId(task));
    consumed(task, FIELD_VISIT_DATE, FIELD_VISITORS, FIELD_PROBLEMS);
  }

  // ---- phase 3 研究解决 -----------------------------------------------------------------------------

  public void showProblems(DelegateTask task) {
    long campaignId = campaigns.require(task.getProcessInstanceId()).getId();
    task.setVariableLocal(VAR_PROBLEM_OVERVIEW, problems.overview(campaignId));
  }

  /**
   * 确认研究解决情况: phase 3 is done when every problem is classified and either ended or handed to the unit's
   * administration or the superior union (they may still be open there; the union assists).
   */
  public void reviewResearch(DelegateTask task) {
    form(task).optionalText(FIELD_REVIEW_NOTE, "研究解决情况说明", 2000);
    List<Problem> open = problems.notYetHandled(campaigns.require(task.getProcessInstanceId()).getId());
    if (!open.isEmpty()) {
      throw new InvalidInputException(
          FIELD_REVIEW_NOTE, "研究解决情况",
          "还有" + open.size() + "个问题未归类或工会尚未解决（问题" + String.join("、", open.stream().map(p -> String.valueOf(p.getId())).toList())
              + "），请先在各问题的任务中办理");
    }
    consumed(task, FIELD_REVIEW_NOTE);
  }

  /** The relief form lists the households of the register with their amounts. */
  public void showReliefList(DelegateTask task) {
    task.setVariableLocal(VAR_RELIEF_LIST, reliefs.householdList(task.getProcessInstanceId()));
  }

  /** 年关慰问: the round's date, visitors and retirees; the amounts by festival-relief-standard. */
  public void holdFestivalRelief(DelegateTask task) {
    FormInput form = form(task);
    reliefs.recordRound(
        task.getProcessInstanceId(), form.pastDate(FIELD_RELIEF_DATE, "慰问日期"), form.text(FIELD_RELIEF_VISITORS, "慰问人员", 200),
        form.optionalText(FIELD_RETIREES, "退休职工", 20_000), FIELD_RETIREES, Actors.userId(task));
    consumed(task, FIELD_RELIEF_DATE, FIELD_RELIEF_VISITORS);
  }

  // ---- phase 4 长效机制 -----------------------------------------------------------------------------

  /** The summary form shows the figures the system counted. */
  public void showFigures(DelegateTask task) {
    long campaignId = campaigns.require(task.getProcessInstanceId()).getId();
    task.setVariableLocal(VAR_CAMPAIGN_FIGURES, figures.of(campaignId).text());
  }

  /** 学年工作总结, stored with the figures counted at this moment. */
  public void writeYearSummary(DelegateTask task) {
    FormInput form = form(task);
    long campaignId = campaigns.require(task.getProcessInstanceId()).getId();
    records.writeYearSummary(
        task.getProcessInstanceId(), form.text(FIELD_SUMMARY_TITLE, "总结标题", 200), form.text(FIELD_SUMMARY_TEXT, "总结正文", 20_000),
        form.pastDate(FIELD_SUMMARY_DATE, "成文日期"), figures.of(campaignId), Actors.userId(task));
    consumed(task, FIELD_SUMMARY_TITLE, FIELD_SUMMARY_TEXT, FIELD_SUMMARY_DATE);
  }

  /** 下学年工作计划 with 双走访 written in. */
  public void planNextYear(DelegateTask task) {
    FormInput form = form(task);
    records.planNextYear(
        task.getProcessInstanceId(), form.text(FIELD_WORK_PLAN_TITLE, "计划标题", 200), form.text(FIELD_WORK_PLAN_TEXT, "计划正文", 20_000),
        form.flag(FIELD_TWO_VISITS_INCLUDED, "双走访写入计划"), FIELD_TWO_VISITS_INCLUDED, Actors.userId(task));
    consumed(task, FIELD_WORK_PLAN_TITLE, FIELD_WORK_PLAN_TEXT, FIELD_TWO_VISITS_INCLUDED);
  }

  /** 召开职代会. */
  public void holdCongress(DelegateTask task) {
    FormInput form = form(task);
    records.holdCongress(
        task.getProcessInstanceId(), form.pastDate(FIELD_CONGRESS_DATE, "召开日期"), form.count(FIELD_DELEGATES_TOTAL, "代表总数"),
        form.count(FIELD_DELEGATES_PRESENT, "到会代表人数"), form.text(FIELD_RESOLUTIONS, "通过的决议", 4000), FIELD_DELEGATES_PRESENT,
        Actors.userId(task));
    consumed(task, FIELD_CONGRESS_DATE, FIELD_DELEGATES_TOTAL, FIELD_DELEGATES_PRESENT, FIELD_RESOLUTIONS);
  }

  /** The form's values are in the records now: they leave the case (personal ones are removed by the platform). */
  static void consumed(DelegateTask task, String... fields) {
    for (String field : fields) {
      task.getExecution().removeVariable(field);
    }
  }

  private static int positive(FormInput form, String field, String label) {
    int n = form.count(field, label);
    if (n < 1) {
      throw new InvalidInputException(field, label, "至少1人");
    }
    return n;
  }

  private static long id(Object value) {
    return FormInput.idOf(value, "id", "编号");
  }

  private static FormInput form(DelegateTask task) {
    return FormInput.of(task.getVariables());
  }
}
