package cn.gonghui.bpm.twovisits;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.CaseStart;
import cn.gonghui.bpm.platform.ProcessDescription;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the platform needs to know about {@code two-visits-campaign} and {@code two-visits-issue}. */
@Component
public class TwoVisitsDescription implements ProcessDescription {

  private final ProblemService problems;

  public TwoVisitsDescription(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(CampaignProcess.PROCESS_KEY, IssueProcess.PROCESS_KEY);
  }

  /**
   * The 困难职工情况登记表 of a home visit (every field of the household, as the register declares them), what the
   * visit found about the family, the 称呼 of households found now, the retirees of the 年关慰问 with their
   * identity numbers, the leading group's names, and the task texts that name households.
   */
  @Override
  public Set<String> personalDataVariables() {
    Set<String> personal = new HashSet<>(HouseholdFields.PERSONAL);
    personal.addAll(
        Set.of(FIELD_FINDINGS, FIELD_NEW_HOUSEHOLDS, FIELD_RETIREES, FIELD_GROUP_MEMBERS, VAR_VISIT_SUBJECT, VAR_RELIEF_LIST));
    return Set.copyOf(personal);
  }

  /**
   * Written by the system alone: the campaign's and problem's ids, the superior union, the dates of the phases and
   * of the 年关慰问, the visits planned, who launched the campaign, the route of the routing table, the texts the
   * forms show.
   */
  @Override
  public Set<String> systemVariables() {
    Set<String> system = new HashSet<>();
    system.addAll(
        List.of(
            VAR_CAMPAIGN_ID, VAR_SUPERIOR_UNIT_CODE, VAR_CAMPAIGN_YEAR, VAR_CAMPAIGN_LABEL, VAR_RELIEF_OPENS_AT, VAR_RELIEF_DUE,
            VAR_DEPARTMENT_VISIT_IDS, VAR_DEPARTMENT_VISIT_ID, VAR_HOME_VISIT_IDS, VAR_HOME_VISIT_ID, VAR_LAUNCHED_BY,
            VAR_LAUNCHED_BY_UNIT, VAR_VISIT_SUBJECT, VAR_REGISTER_HOUSEHOLDS, VAR_PROBLEM_OVERVIEW, VAR_RELIEF_LIST,
            VAR_CAMPAIGN_FIGURES, VAR_LATE_PHASE));
    system.addAll(List.of(VAR_PHASE_DUE));
    system.addAll(List.of(VAR_PHASE_LATE_AT));
    system.addAll(
        List.of(
            IssueProcess.VAR_PROBLEM_ID, IssueProcess.VAR_PROBLEM_TEXT, IssueProcess.VAR_PROBLEM_DUE, IssueProcess.VAR_ROUTE,
            IssueProcess.VAR_REPORT_TEXT, IssueProcess.VAR_ANSWER_TEXT));
    return Set.copyOf(system);
  }

  /** The campaign's school year and a problem's text on every task card. */
  @Override
  public List<TaskCardVariable> taskCardVariables() {
    Map<String, String> cards = new LinkedHashMap<>();
    cards.put(VAR_CAMPAIGN_LABEL, "活动学年");
    cards.put(IssueProcess.VAR_PROBLEM_TEXT, "问题");
    return ProcessDescription.cards(cards);
  }

  /**
   * A campaign belongs to its grassroots union: the clerk's own union, or the union a superior's launch names (a
   * system start, see CampaignLauncher). A problem belongs to the union whose campaign raised it.
   */
  @Override
  public String owningUnit(CaseStart start) {
    if (IssueProcess.PROCESS_KEY.equals(start.processKey())) {
      Object problemId = start.variables().get(IssueProcess.VAR_PROBLEM_ID);
      if (problemId == null) {
        return null;
      }
      return problems.requireById(FormInput.idOf(problemId, IssueProcess.VAR_PROBLEM_ID, "问题编号")).getOrgUnitCode();
    }
    return null;
  }
}
