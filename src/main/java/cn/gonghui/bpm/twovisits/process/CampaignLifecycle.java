package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignSchedule;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The campaign's execution listeners: its start ({@code ${campaignLifecycle}} as the process's start listener: the
 * campaign record, its dates as case variables), each phase's start and completion
 * ({@code ${campaignLifecycle.phaseStarted(execution, 1)}}) and its end.
 */
@Component("campaignLifecycle")
public class CampaignLifecycle implements ExecutionListener {

  private final CampaignService campaigns;
  private final OrgUnitService orgUnits;

  public CampaignLifecycle(CampaignService campaigns, OrgUnitService orgUnits) {
    this.campaigns = campaigns;
    this.orgUnits = orgUnits;
  }

  /**
   * Start of a campaign (Tasklist start form, /api, or a superior's launch as the system): opens the campaign of the
   * case's union (refused when it is no grassroots union or already has a campaign of that school year) and puts
   * its dates in the case for the timers and due dates.
   */
  @Override
  public void notify(DelegateExecution execution) {
    String unit = (String) execution.getVariable(VAR_ORG_UNIT_CODE);
    LocalDate startDate = campaigns.startDate(execution.getVariable(FIELD_START_DATE), FIELD_START_DATE);
    Campaign campaign =
        campaigns.open(
            execution.getProcessInstanceId(), unit, startDate,
            execution.hasVariable(VAR_LAUNCHED_BY) ? (String) execution.getVariable(VAR_LAUNCHED_BY) : Actors.userId(execution),
            (String) execution.getVariable(VAR_LAUNCHED_BY_UNIT));
    CampaignSchedule schedule = campaigns.schedule(campaign);
    execution.setVariable(FIELD_START_DATE, startDate.toString());
    execution.setVariable(VAR_CAMPAIGN_ID, campaign.getId());
    execution.setVariable(VAR_SUPERIOR_UNIT_CODE, campaign.getSuperiorUnitCode());
    execution.setVariable(VAR_CAMPAIGN_YEAR, campaign.getCampaignYear());
    execution.setVariable(VAR_CAMPAIGN_LABEL, campaign.label());
    for (int p = 0; p < 4; p++) {
      execution.setVariable(VAR_PHASE_DUE[p], CampaignSchedule.endOf(schedule.windowEnds().get(p)));
      execution.setVariable(VAR_PHASE_LATE_AT[p], CampaignSchedule.startOf(schedule.windowEnds().get(p).plusDays(1)));
    }
    execution.setVariable(VAR_RELIEF_OPENS_AT, CampaignSchedule.startOf(schedule.reliefOpens()));
    execution.setVariable(VAR_RELIEF_DUE, CampaignSchedule.endOf(schedule.reliefDue()));
    // Cockpit lists and searches cases by business key
    execution.setProcessBusinessKey(orgUnits.require(unit).getName() + " " + campaign.label() + "双走访");
  }

  public void phaseStarted(DelegateExecution execution, int phase) {
    campaigns.phaseStarted(execution.getProcessInstanceId(), phase);
  }

  /** A phase's sub-process ended: completed, unless the case was deleted. */
  public void phaseCompleted(DelegateExecution execution, int phase) {
    if (!execution.isCanceled()) {
      campaigns.phaseCompleted(execution.getProcessInstanceId(), phase);
    }
  }

  /** The case ended: completed, or cancelled when an administrator deleted it. */
  public void ended(DelegateExecution execution) {
    campaigns.ended(execution.getProcessInstanceId(), execution.isCanceled());
  }
}
