package cn.gonghui.bpm.founding.api;

import cn.gonghui.bpm.enterprise.EnterpriseRepository;
import cn.gonghui.bpm.enterprise.EnterpriseStatus;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import java.util.LinkedHashMap;
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
      double unionShare,
      String unionShareOf,
      double standardMetShare,
      String standardMetShareOf,
      double target,
      boolean targetMet) {}

  /** What {@link Row#unionShare()} divides. */
  public static final String UNION_SHARE_OF = "已建会企业（含加入联合工会的）÷ 台帐企业数";

  /** What {@link Row#standardMetShare()} divides; the 80% target (000:153) is about this share. */
  public static final String STANDARD_MET_SHARE_OF = "“八有”达标的独立工会 ÷ 已独立建会的工会数";

  /**
   * The overview of a unit: its row and the rows of the county, town and community unions below it, and,
   * for a community union, its enterprises (a town's or county's ledger is listed page by page through
   * GET /api/enterprises, or exported as .xlsx).
   */
  public record Overview(String unitCode, List<Row> rows, List<FoundingLedgerRow> enterprises) {}

  private final OrgUnitService orgUnits;
  private final LedgerService ledger;
  private final FoundingLedgerRows ledgerRows;

  OverviewService(OrgUnitService orgUnits, LedgerService ledger, FoundingLedgerRows ledgerRows) {
    this.orgUnits = orgUnits;
    this.ledger = ledger;
    this.ledgerRows = ledgerRows;
  }

  /**
   * Counts are made by the database per community and status, then added up the tree in memory: the
   * cost grows with the number of unions above the enterprises, not with the number of enterprises.
   */
  @Transactional(readOnly = true)
  public Overview overview(String unitCode) {
    return overview(unitCode, true);
  }

  /** The overview of a unit alone ({@code unitsBelow} false: a clerk's own ledger) or with the units below. */
  @Transactional(readOnly = true)
  public Overview overview(String unitCode, boolean unitsBelow) {
    List<OrgUnit> units = unitsBelow ? orgUnits.supervisoryTree(unitCode) : List.of(orgUnits.require(unitCode));
    Map<String, OrgUnit> byCode = new LinkedHashMap<>();
    Map<String, Figures> totals = new LinkedHashMap<>();
    for (OrgUnit unit : units) {
      byCode.put(unit.getCode(), unit);
      totals.put(unit.getCode(), new Figures());
    }
    List<String> communities = communities(units);
    if (!communities.isEmpty()) {
      for (EnterpriseRepository.StatusFigures group : ledger.figures(communities)) {
        // the community, its town, its county: every unit of the tree on the way up gets the group
        for (String code = group.getCommunityCode(); code != null && totals.containsKey(code); ) {
          totals.get(code).add(group);
          code = code.equals(unitCode) ? null : byCode.get(code).getParentCode();
        }
      }
    }
    List<Row> rows = units.stream().map(unit -> totals.get(unit.getCode()).row(unit)).toList();
    List<FoundingLedgerRow> enterprises =
        byCode.get(unitCode).getLevel() == OrgLevel.COMMUNITY_UNION
            ? ledgerRows.of(ledger.inCommunities(List.of(unitCode), 0, Integer.MAX_VALUE))
            : List.of();
    return new Overview(unitCode, rows, enterprises);
  }

  /** The community unions among {@code units}. */
  static List<String> communities(List<OrgUnit> units) {
    return units.stream().filter(u -> u.getLevel() == OrgLevel.COMMUNITY_UNION).map(OrgUnit::getCode).toList();
  }

  /** Running totals of one unit. */
  static final class Figures {
    private final long[] byStatus = new long[EnterpriseStatus.values().length];
    private long enterprises;
    private long employees;
    private long members;
    private long ownUnions;
    private long ownStandardMet;

    void add(EnterpriseRepository.StatusFigures group) {
      byStatus[group.getStatus().ordinal()] += group.getEnterprises();
      enterprises += group.getEnterprises();
      employees += group.getEmployees();
      members += group.getMembers();
      ownUnions += group.getOwnUnions();
      if (group.getStatus() == EnterpriseStatus.STANDARD_MET) {
        ownStandardMet += group.getOwnUnions();
      }
    }

    Row row(OrgUnit unit) {
      double share = ownUnions == 0 ? 0.0 : (double) ownStandardMet / ownUnions;
      long withUnion = byStatus[EnterpriseStatus.FOUNDED.ordinal()] + byStatus[EnterpriseStatus.STANDARD_MET.ordinal()];
      double unionShare = enterprises == 0 ? 0.0 : (double) withUnion / enterprises;
      return new Row(
          unit.getCode(),
          unit.getName(),
          unit.getLevel().name(),
          unit.getLevel().label(),
          (int) enterprises,
          (int) byStatus[EnterpriseStatus.NOT_FOUNDED.ordinal()],
          (int) byStatus[EnterpriseStatus.FOUNDING.ordinal()],
          (int) byStatus[EnterpriseStatus.FOUNDED.ordinal()],
          (int) byStatus[EnterpriseStatus.STANDARD_MET.ordinal()],
          (int) employees,
          (int) members,
          (int) ownUnions,
          unionShare,
          UNION_SHARE_OF,
          share,
          STANDARD_MET_SHARE_OF,
          STANDARD_TARGET,
          ownUnions > 0 && share >= STANDARD_TARGET);
    }
  }
}
