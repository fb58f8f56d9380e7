package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.CampaignProcess.*;

import cn.gonghui.bpm.scholarship.ApplicationProcess;
import cn.gonghui.bpm.scholarship.record.Application;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.Grant;
import cn.gonghui.bpm.scholarship.record.LateKind;
import cn.gonghui.bpm.scholarship.record.Phase;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import cn.gonghui.bpm.scholarship.record.ShortlistService;
import cn.gonghui.bpm.scholarship.record.Step;
import cn.gonghui.bpm.scholarship.record.SurveyReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The campaign's service tasks and phase listeners (BPMN: {@code ${scholarshipCampaignSteps.announceOutcomes(execution)}}).
 * The steps that reach the applications' cases (messages, overdue marks) run as jobs after a save point, so the
 * engine itself acts and a failure retries without touching the user's task.
 */
@Component("scholarshipCampaignSteps")
public class CampaignSteps {

  private final CampaignService campaigns;
  private final ShortlistService shortlist;
  private final ApplicationService applications;
  private final ScholarshipUnits units;

  public CampaignSteps(CampaignService campaigns, ShortlistService shortlist, ApplicationService applications, ScholarshipUnits units) {
    this.campaigns = campaigns;
    this.shortlist = shortlist;
    this.applications = applications;
    this.units = units;
  }

  /** A phase timer fired (or the campaign reached its phase): the campaign shows the phase. */
  public void enterPhase(DelegateExecution execution, String phase) {
    campaigns.enter(execution.getProcessInstanceId(), Phase.valueOf(phase));
  }

  /**
   * The Tier A students of earlier years whose next year this campaign pays: each waiting application is told
   * (message {@value ApplicationProcess#MESSAGE_CONTINUING_PAYMENT_DUE}) and goes on to its 在读 check. One still
   * busy with an earlier payment finds this campaign itself when it gets there.
   */
  public void notifyContinuingGrants(DelegateExecution execution) {
    Campaign campaign = campaigns.require(execution.getProcessInstanceId());
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (Grant grant : campaigns.continuingGrants(campaign.getCountyCode(), campaign.getYear())) {
      Application application = applications.byId(grant.getApplicationId());
      if (application.getStep() == Step.AWAITING_NEXT_YEAR) {
        boolean told =
            !runtime
                .createMessageCorrelation(ApplicationProcess.MESSAGE_CONTINUING_PAYMENT_DUE)
                .processInstanceId(application.getProcessInstanceId())
                .setVariable(ApplicationProcess.VAR_PAYMENT_CAMPAIGN_ID, campaign.getId())
                .correlateAllWithResult()
                .isEmpty();
        if (told) {
          applications.enrolmentCheckDue(application.getProcessInstanceId());
        }
      }
    }
  }

  /** The grassroots unions of the county, each of which reports its 摸底. */
  public void listSurveyUnits(DelegateExecution execution) {
    execution.setVariable(VAR_SURVEY_UNITS, new ArrayList<>(campaigns.surveyUnits(execution.getProcessInstanceId())));
  }

  /** 8月14日 passed: every union that has not reported is flagged and its task marked overdue. */
  public void flagLateSurveys(DelegateExecution execution) {
    Campaign campaign = campaigns.require(execution.getProcessInstanceId());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_REPORT_SURVEY).list()) {
      String unit = (String) tasks.getVariable(task.getId(), VAR_SURVEY_UNIT);
      campaigns.flag(campaign.getProcessInstanceId(), LateKind.SURVEY_OVERDUE, units.nameOf(unit), unit, campaign.getProcessInstanceId(), campaign.schedule().surveyDueAt());
      Overdue.mark(tasks, task, campaign.schedule().surveyDueAt());
    }
  }

  /** The campaign's period ended with 摸底 still missing: the unions that never reported are flagged. */
  @SuppressWarnings("unchecked")
  public void recordMissingSurveys(DelegateExecution execution) {
    Campaign campaign = campaigns.require(execution.getProcessInstanceId());
    Set<String> reported = campaigns.surveysOf(campaign.getId()).stream().map(SurveyReport::getUnitCode).collect(Collectors.toSet());
    for (String unit : (List<String>) execution.getVariable(VAR_SURVEY_UNITS)) {
      if (!reported.contains(unit)) {
        campaigns.flag(campaign.getProcessInstanceId(), LateKind.SURVEY_NOT_REPORTED, units.nameOf(unit), unit, campaign.getProcessInstanceId(), campaign.schedule().surveyDueAt());
      }
    }
  }

  /** 8月20日 passed: every application not yet verified is flagged and its verification task marked overdue. */
  public void flagLateVerifications(DelegateExecution execution) {
    Campaign campaign = campaigns.require(execution.getProcessInstanceId());
    flagApplications(execution, campaign, campaigns.awaitingVerification(campaign.getProcessInstanceId()), LateKind.VERIFICATION_OVERDUE,
        campaign.getVerificationEndsAt(), ApplicationProcess.TASK_VERIFY_HOUSEHOLD);
  }

  /** 9月1日 passed: every grant this campaign has not paid is flagged and its open task marked overdue. */
  public void flagLatePayments(DelegateExecution execution) {
    Campaign campaign = campaigns.require(execution.getProcessInstanceId());
    flagApplications(execution, campaign, campaigns.awaitingPayment(campaign.getProcessInstanceId()), LateKind.PAYMENT_OVERDUE,
        campaign.getPeriodEndsAt(), null);
  }

  private void flagApplications(
      DelegateExecution execution, Campaign campaign, List<Application> late, LateKind kind, Instant dueAt, String taskKey) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Application application : late) {
      campaigns.flag(campaign.getProcessInstanceId(), kind, application.getNumber(), application.getRegisteredUnit(), application.getProcessInstanceId(), dueAt);
      var query = tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId());
      for (Task task : (taskKey == null ? query : query.taskDefinitionKey(taskKey)).list()) {
        Overdue.mark(tasks, task, dueAt);
      }
    }
  }

  /** scholarship-grant-tier for each approved rank (a save point before it: the chair meeting's task is done). */
  public void determineGrantTiers(DelegateExecution execution) {
    shortlist.determineTiers(execution.getProcessInstanceId());
  }

  /**
   * The county confirmed: every listed application gets its outcome (the grants of tiers A and B are made) and is
   * told by message {@value ApplicationProcess#MESSAGE_OUTCOME_DECIDED}.
   */
  public void announceOutcomes(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (ShortlistService.Announcement a : shortlist.decide(execution.getProcessInstanceId())) {
      runtime
          .createMessageCorrelation(ApplicationProcess.MESSAGE_OUTCOME_DECIDED)
          .processInstanceId(a.caseId())
          .setVariable(ApplicationProcess.VAR_OUTCOME, a.outcome().name())
          .setVariable(ApplicationProcess.VAR_GRANT_TIER, a.tier())
          .setVariable(ApplicationProcess.VAR_GRANT_AMOUNT, a.amount().intValue())
          .setVariable(ApplicationProcess.VAR_GRANT_RANK, a.rank())
          .correlate();
    }
  }
}
