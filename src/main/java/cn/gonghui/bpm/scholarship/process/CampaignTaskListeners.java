package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.CampaignProcess.*;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.approval.Decision;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.FundEntry;
import cn.gonghui.bpm.scholarship.record.FundLedger;
import cn.gonghui.bpm.scholarship.record.ScholarshipClock;
import cn.gonghui.bpm.scholarship.record.ShortlistService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The listeners of the campaign's user tasks, one method per task and event (BPMN:
 * {@code ${scholarshipCampaignTasks.recordFunds(task)}}): create listeners put what the task decides on into a
 * task-local display; complete listeners map the form's fields into a service call (a bad value throws and the
 * task stays open). Approvals are recorded by the platform's {@code approvalListener} first.
 */
@Component("scholarshipCampaignTasks")
public class CampaignTaskListeners {

  private final CampaignService campaigns;
  private final FundLedger ledger;
  private final ShortlistService shortlist;

  public CampaignTaskListeners(CampaignService campaigns, FundLedger ledger, ShortlistService shortlist) {
    this.campaigns = campaigns;
    this.ledger = ledger;
    this.shortlist = shortlist;
  }

  // ---- 登记助学资金 -------------------------------------------------------------------------------------

  /** The budget, the money recorded and paid so far. */
  public void showFunds(DelegateTask task) {
    Campaign campaign = campaigns.require(task.getProcessInstanceId());
    FundLedger.Balance balance = ledger.balance(campaign.getId());
    task.setVariableLocal(
        VAR_FUNDS_SUMMARY,
        "预算" + FundLedger.yuan(campaign.getBudget()) + "（按决策表名额需" + FundLedger.yuan(campaign.getPlannedNeed()) + "），已登记到账"
            + FundLedger.yuan(balance.recorded()) + "，已发放" + FundLedger.yuan(balance.paid()) + "，余额" + FundLedger.yuan(balance.left()) + "。");
  }

  /** The money that arrived (one line each); ticking 资金已全部到位 ends the recording. */
  public void recordFunds(DelegateTask task) {
    FormInput form = form(task);
    String rows = form.optionalText(FIELD_FUND_ROWS, "到账资金", 20_000);
    boolean complete = form.flag(FIELD_FUNDS_COMPLETE, "资金已全部到位");
    if (FundLedger.blank(rows) && !complete) {
      throw new InvalidInputException(FIELD_FUND_ROWS, "到账资金", "请填写到账的资金，或勾选“资金已全部到位”");
    }
    List<FundEntry.Funding> fundings = FundLedger.blank(rows) ? List.of() : FundLedger.parse(rows, FIELD_FUND_ROWS, ScholarshipClock.today());
    ledger.record(task.getProcessInstanceId(), fundings, Actors.userId(task));
    if (complete) {
      campaigns.fundsComplete(task.getProcessInstanceId());
    }
    task.setVariable(FIELD_FUNDS_COMPLETE, complete);
  }

  // ---- 调查摸底 -----------------------------------------------------------------------------------------

  /** A grassroots union's 摸底 and its 帮扶救助方案 (the union is the task's multi-instance element). */
  public void reportSurvey(DelegateTask task) {
    FormInput form = form(task);
    campaigns.report(
        task.getProcessInstanceId(),
        (String) task.getVariable(VAR_SURVEY_UNIT),
        form.count(FIELD_EXAM_CANDIDATES, "今年参加高考的职工子女人数"),
        form.count(FIELD_ADMITTED_STUDENTS, "考上二本以上的困难学生人数"),
        form.count(FIELD_ASSISTED_APPLICATIONS, "已协助申报的人数"),
        form.text(FIELD_AID_PLAN, "本单位帮扶救助方案", 4000),
        Actors.userId(task));
  }

  // ---- 初选名单 -----------------------------------------------------------------------------------------

  /** The verified applications the aid centre ranks. */
  public void showVerified(DelegateTask task) {
    task.setVariableLocal(VAR_SHORTLIST_ITEMS, shortlist.verifiedItems(task.getProcessInstanceId()));
  }

  public void proposeShortlist(DelegateTask task) {
    shortlist.propose(
        task.getProcessInstanceId(),
        form(task).optionalText(FIELD_RANKING_ROWS, "初选名单", 20_000),
        FIELD_RANKING_ROWS,
        Actors.userId(task));
  }

  /**
   * The chair meeting reads the proposal; its text box starts with the proposed order. The prefill is a case
   * variable, not a task-local one, so that whatever the form submits (Tasklist sets the task's variables, REST
   * completes with the case's) replaces it; as personal data it never reaches the history and leaves the case with
   * the task.
   */
  public void showProposal(DelegateTask task) {
    task.setVariableLocal(VAR_SHORTLIST_ITEMS, shortlist.proposalItems(task.getProcessInstanceId()));
    task.getExecution().setVariable(FIELD_APPROVED_RANKING, shortlist.proposalLines(task.getProcessInstanceId()));
  }

  /** The chair meeting's list (after the approval listener recorded its decision); a return changes no list. */
  public void approveShortlist(DelegateTask task) {
    if (Decision.APPROVE.name().equals(task.getVariable(FIELD_SHORTLIST_DECISION))) {
      FormInput form = form(task);
      shortlist.approve(
          task.getProcessInstanceId(),
          form.optionalText(FIELD_APPROVED_RANKING, "审定名单", 20_000),
          form.optionalText(FIELD_STRUCK_ROWS, "不予列入的申请", 20_000),
          FIELD_APPROVED_RANKING,
          FIELD_STRUCK_ROWS,
          Actors.userId(task));
    }
  }

  /** The approved list with its tiers and the money, for the county's 审核审批. */
  public void showGrants(DelegateTask task) {
    task.setVariableLocal(VAR_GRANT_ITEMS, shortlist.grantItems(task.getProcessInstanceId()));
  }

  // ---- 宣传 ---------------------------------------------------------------------------------------------

  /** Who may appear in the 影像资料 and on the 有线频道: the granted families that consented in writing. */
  public void showPublicity(DelegateTask task) {
    Campaign campaign = campaigns.require(task.getProcessInstanceId());
    List<CampaignService.PublicityRow> rows = campaigns.publicity(campaign.getId());
    StringBuilder text = new StringBuilder();
    if (rows.isEmpty()) {
      text.append("没有获得资助并书面同意公开的家庭：本年度不制作影像资料。");
    } else {
      text.append("获得资助并书面同意公开的学生共").append(rows.size()).append("人（名单不含身份证号码）：\n\n");
      rows.forEach(r -> text.append("- ").append(r.studentName()).append("，").append(r.university()).append("，").append(r.grant()).append('\n'));
    }
    task.setVariableLocal(VAR_PUBLICITY_ITEMS, text.toString());
  }

  public void recordPublicity(DelegateTask task) {
    FormInput form = form(task);
    campaigns.broadcast(
        task.getProcessInstanceId(),
        form.text(FIELD_BROADCAST_CHANNEL, "播出频道", 100),
        ScholarshipClock.date(form, FIELD_BROADCAST_DATE, "播出日期"));
  }

  private static FormInput form(DelegateTask task) {
    return FormInput.of(task.getVariables());
  }
}
