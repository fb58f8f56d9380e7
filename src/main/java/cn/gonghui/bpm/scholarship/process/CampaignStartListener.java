package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.CampaignProcess.*;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.FundLedger;
import cn.gonghui.bpm.scholarship.record.ScholarshipClock;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a campaign (the county clerk's start form, the 7月1日 schedule, Camunda REST): opens the campaign's
 * record for its county (which the platform has made the case's owning unit) and leaves the ids, the bodies
 * that work on it and its phase dates in the case. Bad input throws before anything is written.
 */
@Component("scholarshipCampaignStartListener")
public class CampaignStartListener implements ExecutionListener {

  static final Map<String, String> FIELDS = Map.of("year", FIELD_CAMPAIGN_YEAR, "deadline", FIELD_INTAKE_DEADLINE, "budget", FIELD_BUDGET);

  private final CampaignService campaigns;
  private final ScholarshipUnits units;

  public CampaignStartListener(CampaignService campaigns, ScholarshipUnits units) {
    this.campaigns = campaigns;
    this.units = units;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String user = Actors.userId(execution);
    FormInput form = FormInput.of(execution.getVariables());
    int year = execution.hasVariable(FIELD_CAMPAIGN_YEAR) ? form.count(FIELD_CAMPAIGN_YEAR, "年度") : ScholarshipClock.today().getYear();
    LocalDate deadline = form.optionalText(FIELD_INTAKE_DEADLINE, "申报截止日期", 40) == null ? null : ScholarshipClock.date(form, FIELD_INTAKE_DEADLINE, "申报截止日期");
    String county = execution.getTenantId();
    Campaign campaign =
        campaigns.open(
            execution.getProcessInstanceId(),
            county,
            new CampaignService.Opening(year, deadline, form.optionalMoney(FIELD_BUDGET, "助学预算（元）", FundLedger.MAX_AMOUNT)),
            user,
            user == null ? Campaign.StartedVia.SCHEDULE : Campaign.StartedVia.CLERK,
            FIELDS);
    CampaignSchedule schedule = campaign.schedule();
    String title = campaign.title(units.nameOf(county));
    execution.setProcessBusinessKey(title);
    execution.removeVariables(List.of(FIELD_INTAKE_DEADLINE, FIELD_BUDGET));
    execution.setVariable(FIELD_CAMPAIGN_YEAR, year);
    execution.setVariable(VAR_CAMPAIGN_ID, campaign.getId());
    execution.setVariable(VAR_CAMPAIGN_TITLE, title);
    execution.setVariable(VAR_AID_CENTRE, OrgGroups.aidCentreGroup(county));
    execution.setVariable(VAR_CHAIR_MEETING, OrgGroups.chairMeetingGroup(county));
    execution.setVariable(VAR_SURVEY_STARTS_AT, CampaignSchedule.iso(schedule.surveyStartsAt()));
    execution.setVariable(VAR_SURVEY_DUE_AT, CampaignSchedule.iso(schedule.surveyDueAt()));
    execution.setVariable(VAR_INTAKE_CLOSES_AT, CampaignSchedule.iso(schedule.intakeClosesAt()));
    execution.setVariable(VAR_VERIFICATION_ENDS_AT, CampaignSchedule.iso(schedule.verificationEndsAt()));
    execution.setVariable(VAR_PERIOD_ENDS_AT, CampaignSchedule.iso(schedule.periodEndsAt()));
  }
}
