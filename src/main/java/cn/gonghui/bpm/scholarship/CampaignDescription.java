package cn.gonghui.bpm.scholarship;

import static cn.gonghui.bpm.scholarship.CampaignProcess.*;

import cn.gonghui.bpm.platform.CaseStart;
import cn.gonghui.bpm.platform.ProcessDescription;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the platform needs to know about {@code scholarship-campaign}. */
@Component
public class CampaignDescription implements ProcessDescription {

  private final ScholarshipUnits units;

  public CampaignDescription(ScholarshipUnits units) {
    this.units = units;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  /** Donors' names, the 帮扶救助方案, the rankings and the lists shown to the deciding bodies: records only. */
  @Override
  public Set<String> personalDataVariables() {
    return Set.of(
        FIELD_FUND_ROWS,
        FIELD_AID_PLAN,
        FIELD_RANKING_ROWS,
        FIELD_APPROVED_RANKING,
        FIELD_STRUCK_ROWS,
        VAR_FUNDS_SUMMARY,
        VAR_SHORTLIST_ITEMS,
        VAR_GRANT_ITEMS,
        VAR_PUBLICITY_ITEMS);
  }

  /** The campaign's record, its bodies, its phase dates, the 摸底 units and the displays: the system's alone. */
  @Override
  public Set<String> systemVariables() {
    return Set.of(
        VAR_CAMPAIGN_ID,
        VAR_CAMPAIGN_TITLE,
        VAR_AID_CENTRE,
        VAR_CHAIR_MEETING,
        VAR_SURVEY_STARTS_AT,
        VAR_SURVEY_DUE_AT,
        VAR_INTAKE_CLOSES_AT,
        VAR_VERIFICATION_ENDS_AT,
        VAR_PERIOD_ENDS_AT,
        VAR_SURVEY_UNITS,
        VAR_SURVEY_UNIT,
        VAR_FUNDS_SUMMARY,
        VAR_SHORTLIST_ITEMS,
        VAR_GRANT_ITEMS,
        VAR_PUBLICITY_ITEMS);
  }

  /**
   * A campaign belongs to its county federation: the county a clerk works for, or the county a system start (the
   * 7月1日 schedule, an administrator) names in {@code orgUnitCode}.
   */
  @Override
  public String owningUnit(CaseStart start) {
    return start.eligibleUnit(units::isCounty, "金秋助学活动属于县总工会：请给出县总工会的组织代码", "金秋助学活动由县总工会的办事员发起");
  }

  @Override
  public List<TaskCardVariable> taskCardVariables() {
    return ProcessDescription.cards(Map.of(VAR_CAMPAIGN_TITLE, "金秋助学活动"));
  }
}
