package cn.gonghui.bpm.scholarship;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;

import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.CaseStart;
import cn.gonghui.bpm.platform.ProcessDescription;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the platform needs to know about {@code scholarship-application}. */
@Component
public class ApplicationDescription implements ProcessDescription {

  private final ScholarshipUnits units;

  public ApplicationDescription(ScholarshipUnits units) {
    this.units = units;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  /**
   * The parent's and the student's names and identity numbers, the student's facts, the family's situation, the
   * household's file (income, illness, members), the visit's findings and the texts shown to the clerks: they live
   * in the records and the register only, never in the engine's history.
   */
  @Override
  public Set<String> personalDataVariables() {
    Set<String> personal = new HashSet<>(HouseholdFields.PERSONAL);
    personal.addAll(
        Set.of(
            FIELD_APPLICANT_NAME,
            FIELD_APPLICANT_ID_NUMBER,
            FIELD_STUDENT_NAME,
            FIELD_STUDENT_ID_NUMBER,
            FIELD_CONTACT_PHONE,
            FIELD_IS_CURRENT_GRADUATE,
            FIELD_ADMISSION_BATCH,
            FIELD_FORMALLY_ADMITTED,
            FIELD_GOOD_GRADES_AND_CONDUCT,
            FIELD_HAS_COUNTY_HUKOU,
            FIELD_FAMILY_HARDSHIP_CAUSE,
            FIELD_UNIVERSITY,
            FIELD_MAJOR,
            FIELD_GAOKAO_SCORE,
            FIELD_FAMILY_SITUATION,
            FIELD_VISITOR_ONE,
            FIELD_VISITOR_TWO,
            FIELD_FINDINGS,
            FIELD_VERIFICATION_REASON,
            FIELD_ENROLMENT_REASON,
            VAR_VISIT_BRIEF,
            VAR_NOTICE_TEXT,
            VAR_PAYMENT_DETAILS,
            VAR_ENROLMENT_DETAILS));
    return Set.copyOf(personal);
  }

  /** Ids, dates, the checklist, the DMN results, the routing flags and the displays: the system's alone. */
  @Override
  public Set<String> systemVariables() {
    return Set.of(
        VAR_APPLICATION_ID,
        VAR_CAMPAIGN_ID,
        VAR_APPLICATION_NUMBER,
        VAR_SCHOLARSHIP_YEAR,
        VAR_AID_CENTRE,
        VAR_COUNTY_CODE,
        VAR_INTAKE_CLOSES_AT,
        VAR_VERIFICATION_ENDS_AT,
        VAR_REQUIRED_MATERIALS,
        VAR_REQUIRED_MATERIAL_CODES,
        VAR_MATERIAL_CHECKLIST,
        VAR_MATERIAL_NOTICE,
        VAR_MATERIALS_COMPLETE,
        VAR_ELIGIBLE,
        VAR_VERIFIED,
        VAR_OUTCOME,
        VAR_GRANT_TIER,
        VAR_GRANT_AMOUNT,
        VAR_GRANT_RANK,
        VAR_GRANTED,
        VAR_PAYMENT_CAMPAIGN_ID,
        VAR_CONTINUING,
        VAR_YEARS_PAID,
        VAR_NEXT_CAMPAIGN_STARTED,
        VAR_ENROLLED,
        VAR_VISIT_BRIEF,
        VAR_NOTICE_TEXT,
        VAR_PAYMENT_DETAILS,
        VAR_ENROLMENT_DETAILS);
  }

  /**
   * An application belongs to the unit that registers it: the county's 职工维权帮扶中心 or the grassroots union that
   * helps the family (its clerks follow it; another union sees nothing). A system start names the unit.
   */
  @Override
  public String owningUnit(CaseStart start) {
    return start.eligibleUnit(units::registers, "金秋助学申请由职工维权帮扶中心或基层工会登记：请给出其代码", "金秋助学申请由县总工会职工维权帮扶中心或基层工会的办事员登记");
  }

  @Override
  public List<TaskCardVariable> taskCardVariables() {
    Map<String, String> cards = new LinkedHashMap<>();
    cards.put(VAR_APPLICATION_NUMBER, "申请编号");
    cards.put(VAR_SCHOLARSHIP_YEAR, "年度");
    return ProcessDescription.cards(cards);
  }
}
