package cn.gonghui.bpm.founding.api;

import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.EnterpriseStatus;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source's 三个清楚 (000:157) per county, town and community: how many enterprises, with what
 * status, how many employees and members, and the share of the enterprises' own unions that meet the
 * standard (规范化建设达标) against the 80% target (000:153).
 */
@Service
public class OverviewService {

  /** 力争年底前确保80%的基层工会规范化建设达标 (000:153). */
  public static final double STANDARD_TARGET = 0.8;

  /** One unit's figures. */
  public record Row(
      String unitCode,
      String unitName,
      String level,
      String levelLabel,
      int enterprises,
      int notFounded,
      int founding,
      int founded,
      int standardMet,
      int employees,
      int members,
      int ownUnions,
      double standardMetShare,
      double target,
      boolean targetMet) {}

  /** The overview of a unit: its row, the rows of the units below it, and its enterprises. */
  public record Overview(String unitCode, List<Row> rows, List<EnterpriseView> enterprises) {}

  private final OrgUnitService orgUnits;
  private final LedgerService ledger;

  public OverviewService(OrgUnitService orgUnits, LedgerService ledger) {
    this.orgUnits = orgUnits;
    this.ledger = ledger;
  }

  @Transactional(readOnly = true)
  public Overview overview(String unitCode) {
    List<OrgUnit> units =
        orgUnits.selfAndDescendants(unitCode).stream()
            .filter(unit -> unit.getLevel() != OrgLevel.GRASSROOTS_UNION)
            .toList();
    List<String> communities =
        units.stream().filter(u -> u.getLevel() == OrgLevel.COMMUNITY_UNION).map(OrgUnit::getCode).toList();
    List<Enterprise> enterprises = communities.isEmpty() ? List.of() : ledger.inCommunities(communities);
    Map<String, List<Enterprise>> byCommunity = new HashMap<>();
    enterprises.forEach(e -> byCommunity.computeIfAbsent(e.getCommunityCode(), c -> new ArrayList<>()).add(e));
    List<Row> rows = new ArrayList<>();
    for (OrgUnit unit : units) {
      List<Enterprise> below = new ArrayList<>();
      for (OrgUnit inner : orgUnits.selfAndDescendants(unit.getCode())) {
        below.addAll(byCommunity.getOrDefault(inner.getCode(), List.of()));
      }
      rows.add(row(unit, below));
    }
    return new Overview(unitCode, rows, enterprises.stream().map(EnterpriseView::of).toList());
  }

  static Row row(OrgUnit unit, List<Enterprise> enterprises) {
    int[] byStatus = new int[EnterpriseStatus.values().length];
    int employees = 0;
    int members = 0;
    int ownUnions = 0;
    int ownStandardMet = 0;
    for (Enterprise e : enterprises) {
      byStatus[e.getStatus().ordinal()]++;
      employees += e.getEmployeeCount();
      members += e.getMemberCount();
      if (e.getUnionCode() != null) {
        ownUnions++;
        if (e.getStatus() == EnterpriseStatus.STANDARD_MET) {
          ownStandardMet++;
        }
      }
    }
    double share = ownUnions == 0 ? 0.0 : (double) ownStandardMet / ownUnions;
    return new Row(
        unit.getCode(),
        unit.getName(),
        unit.getLevel().name(),
        unit.getLevel().label(),
        enterprises.size(),
        byStatus[EnterpriseStatus.NOT_FOUNDED.ordinal()],
        byStatus[EnterpriseStatus.FOUNDING.ordinal()],
        byStatus[EnterpriseStatus.FOUNDED.ordinal()],
        byStatus[EnterpriseStatus.STANDARD_MET.ordinal()],
        employees,
        members,
        ownUnions,
        share,
        STANDARD_TARGET,
        ownUnions > 0 && share >= STANDARD_TARGET);
  }
}
