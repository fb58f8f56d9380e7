package cn.gonghui.bpm.twovisits.api;

import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignPhase;
import cn.gonghui.bpm.twovisits.record.CampaignSchedule;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.CampaignSettings;
import cn.gonghui.bpm.twovisits.record.Figures;
import cn.gonghui.bpm.twovisits.record.FiguresService;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager view of the 双走访 campaigns below a unit (e.g. 县教育工会 and its schools) for one school year: per
 * grassroots union its campaign's phase and the phases that ran late, visits, people reached, households filed,
 * problems by route and by status, overdue problems and relief paid; the totals; and the list of overdue problems.
 * Counts and problem texts only: no household's personal data.
 */
@Service
public class TwoVisitsOverviewService {

  /** One grassroots union's line. */
  public record Row(
      String unitCode,
      String unitName,
      String caseId,
      String status,
      String statusLabel,
      int currentPhase,
      String phaseLabel,
      List<Integer> latePhases,
      boolean late,
      Figures figures) {}

  /** An overdue problem as the manager sees it. */
  public record OverdueProblem(
      long problemId, String caseId, String unitCode, String unitName, String description, String route, String routeLabel,
      String status, String statusLabel, LocalDate dueDate) {}

  /** The view: school year, unions, totals, unions per phase, overdue problems. */
  public record Overview(
      String unitCode,
      String unitName,
      int year,
      String yearLabel,
      List<Row> rows,
      Figures totals,
      Map<String, Long> unionsByPhase,
      int unionsLate,
      List<OverdueProblem> overdueProblems) {}

  private final OrgUnitService orgUnits;
  private final CampaignService campaigns;
  private final CampaignSettings settings;
  private final FiguresService figures;
  private final ProblemService problems;

  public TwoVisitsOverviewService(
      OrgUnitService orgUnits,
      CampaignService campaigns,
      CampaignSettings settings,
      FiguresService figures,
      ProblemService problems) {
    this.orgUnits = orgUnits;
    this.campaigns = campaigns;
    this.settings = settings;
    this.figures = figures;
    this.problems = problems;
  }

  /** The school year a view shows when none is asked for: the one today belongs to. */
  public int currentYear() {
    return settings.defaultStartFor(CampaignSchedule.today()).getYear();
  }

  /**
   * The view of {@code unitCode}: with {@code unitsBelow} (its managers, those above, administrators) every grassroots
   * union at or below it; else (its clerks) its own line only, if it is a grassroots union itself.
   */
  @Transactional(readOnly = true)
  public Overview overview(String unitCode, Integer requestedYear, boolean unitsBelow) {
    int year = requestedYear == null ? currentYear() : requestedYear;
    OrgUnit unit = orgUnits.require(unitCode);
    List<OrgUnit> unions = orgUnits.grassrootsBelow(unitCode);
    if (!unitsBelow) {
      unions = unions.stream().filter(u -> u.getCode().equals(unitCode)).toList();
    }
    Map<String, Campaign> byUnit = new LinkedHashMap<>();
    for (Campaign c : campaigns.ofUnits(unions.stream().map(OrgUnit::getCode).toList(), year)) {
      byUnit.putIfAbsent(c.getOrgUnitCode(), c);
    }
    List<Long> ids = byUnit.values().stream().map(Campaign::getId).toList();
    Map<Long, Figures> figuresOf = figures.of(ids);
    Map<Long, List<Integer>> lateOf = new HashMap<>();
    for (CampaignPhase phase : campaigns.phasesOf(ids)) {
      if (phase.isLate()) {
        lateOf.computeIfAbsent(phase.getCampaignId(), k -> new ArrayList<>()).add(phase.getPhase());
      }
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Long> byPhase = new TreeMap<>();
    int late = 0;
    for (OrgUnit union : unions) {
      Campaign c = byUnit.get(union.getCode());
      if (c == null) {
        rows.add(new Row(union.getCode(), union.getName(), null, "NONE", "未开展", 0, "未开展", List.of(), false, null));
        byPhase.merge("NONE", 1L, Long::sum);
        continue;
      }
      List<Integer> latePhases = lateOf.getOrDefault(c.getId(), List.of());
      String phaseKey = c.getStatus() == Campaign.Status.OPEN ? String.valueOf(c.getCurrentPhase()) : c.getStatus().name();
      String phaseLabel = c.getStatus() == Campaign.Status.OPEN ? CampaignPhase.label(Math.max(1, c.getCurrentPhase())) : c.getStatus().label();
      byPhase.merge(phaseKey, 1L, Long::sum);
      if (!latePhases.isEmpty()) {
        late++;
      }
      rows.add(
          new Row(union.getCode(), union.getName(), c.getProcessInstanceId(), c.getStatus().name(), c.getStatus().label(),
              c.getCurrentPhase(), phaseLabel, latePhases, !latePhases.isEmpty(), figuresOf.get(c.getId())));
    }
    List<OverdueProblem> overdue = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    unions.forEach(u -> names.put(u.getCode(), u.getName()));
    LocalDate today = CampaignSchedule.today();
    for (Problem p : problems.ofCampaigns(ids)) {
      if (p.isOverdueOn(today)) {
        overdue.add(
            new OverdueProblem(p.getId(), p.getProcessInstanceId(), p.getOrgUnitCode(), names.get(p.getOrgUnitCode()),
                p.getDescription(), p.getRoute() == null ? null : p.getRoute().name(), p.getRoute() == null ? "未分流" : p.getRoute().label(),
                p.getStatus().name(), p.getStatus().label(), p.getDueDate()));
      }
    }
    return new Overview(unit.getCode(), unit.getName(), year, Campaign.label(year), rows,
        total(figuresOf.values()), byPhase, late, overdue);
  }

  /** The problems of the campaigns in a view (for the export's problem sheet). */
  @Transactional(readOnly = true)
  public List<Problem> problemsOf(Overview overview) {
    List<Long> ids = new ArrayList<>();
    for (Row row : overview.rows()) {
      if (row.caseId() != null) {
        ids.add(campaigns.require(row.caseId()).getId());
      }
    }
    return problems.ofCampaigns(ids);
  }

  static Figures total(Iterable<Figures> all) {
    int[] n = new int[10];
    Map<String, Long> routes = new TreeMap<>();
    Map<String, Long> statuses = new TreeMap<>();
    BigDecimal amount = BigDecimal.ZERO;
    for (Figures f : all) {
      n[0] += f.departmentVisitsPlanned();
      n[1] += f.departmentVisitsDone();
      n[2] += f.peopleReached();
      n[3] += f.homeVisitsPlanned();
      n[4] += f.homeVisitsDone();
      n[5] += f.householdsFiled();
      n[6] += f.newFiles();
      n[7] += f.problems();
      n[8] += f.problemsOverdue();
      n[9] += f.reliefHouseholds();
      f.problemsByRoute().forEach((k, v) -> routes.merge(k, v, Long::sum));
      f.problemsByStatus().forEach((k, v) -> statuses.merge(k, v, Long::sum));
      amount = amount.add(f.reliefAmount());
    }
    int retirees = 0;
    for (Figures f : all) {
      retirees += f.reliefRetirees();
    }
    return new Figures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], routes, statuses, n[8], n[9], retirees, amount);
  }
}
