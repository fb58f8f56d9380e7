package cn.gonghui.bpm.hardship;

import static cn.gonghui.bpm.hardship.HouseholdFields.KEEPING_UNIT;
import static cn.gonghui.bpm.hardship.HouseholdFields.WORKER_ID_NUMBER;

import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.SystemDecisions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hardship register (困难职工档案): creates and updates a household's file (category by the analysts'
 * table {@code hardship-category}), appends its visits and the aid every process pays it, and answers the
 * two rules the processes rely on: 先建档后帮扶 (no aid without a file) and 原则上不重复资助 (a student funded by
 * 金秋助学 once is not funded again, whatever the year). Access is checked and logged by {@link RegisterAccess}.
 */
@Service
public class HardshipRegister {

  public static final String DECISION_CATEGORY = "hardship-category";

  private final HardshipFiles files;
  private final HouseholdMembers members;
  private final HardshipVisits visits;
  private final HardshipAids aids;
  private final RegisterAccess access;
  private final OrgUnitService orgUnits;
  private final SystemDecisions decisions;
  private final BigDecimal subsistenceLine;

  public HardshipRegister(
      HardshipFiles files,
      HouseholdMembers members,
      HardshipVisits visits,
      HardshipAids aids,
      RegisterAccess access,
      OrgUnitService orgUnits,
      SystemDecisions decisions,
      @Value("${gonghui.hardship.subsistence-line:800}") BigDecimal subsistenceLine) {
    this.files = files;
    this.members = members;
    this.visits = visits;
    this.aids = aids;
    this.access = access;
    this.orgUnits = orgUnits;
    this.decisions = decisions;
    this.subsistenceLine = subsistenceLine;
  }

  /** The local 城市最低生活保障标准 (元/月) the categories are decided against. */
  public BigDecimal subsistenceLine() {
    return subsistenceLine;
  }

  /**
   * Creates the household's file (kept by {@code keepingUnit}) or updates it when the worker already has one
   * (its keeping unit stays). The current user must be a keeper of that unit. Returns the file.
   */
  @Transactional
  public HardshipFile save(HouseholdDetails details, String keepingUnit, String via) {
    if (keepingUnit == null || orgUnits.find(keepingUnit).isEmpty()) {
      throw new InvalidInputException(KEEPING_UNIT, "建档单位", "不是有效的组织代码");
    }
    Optional<HardshipFile> existing = files.findByIdNumber(details.idNumber());
    HardshipFile file = existing.orElseGet(() -> new HardshipFile(details.idNumber(), keepingUnit, access.userId()));
    if (existing.isPresent() && !access.mayKeep(file.getKeepingUnitCode())) {
      throw new ConflictException(WORKER_ID_NUMBER, "该职工已在其他单位建档，请联系其建档单位或县总工会职工维权帮扶中心更新");
    }
    access.requireKeeper(file.getKeepingUnitCode());
    BigDecimal perCapita = details.perCapitaMonthlyIncome();
    file.describe(details, perCapita, subsistenceLine, category(perCapita, details.suddenHardship()), access.userId());
    file = files.saveAndFlush(file);
    members.deleteByFileId(file.getId());
    for (HouseholdDetails.Member member : details.members()) {
      members.save(new HouseholdMember(file.getId(), member));
    }
    access.logged(file.getId(), file.getKeepingUnitCode(), existing.isPresent() ? RegisterAccessEntry.Action.UPDATE : RegisterAccessEntry.Action.CREATE, via);
    return file;
  }

  /**
   * The category {@code hardship-category} gives a per-capita income and the sudden-hardship flag. The income is
   * personal data: the evaluation leaves no decision history.
   */
  public HardshipCategory category(BigDecimal perCapitaMonthlyIncome, boolean suddenHardship) {
    DmnDecisionResultEntries result =
        decisions
            .evaluateWithoutHistory(
                DECISION_CATEGORY,
                Map.of(
                    "perCapitaMonthlyIncome", perCapitaMonthlyIncome.doubleValue(),
                    "localSubsistenceLine", subsistenceLine.doubleValue(),
                    "suddenHardship", suddenHardship))
            .getFirstResult();
    if (result == null || result.getEntry("category") == null) {
      throw new IllegalStateException("困难职工类别决策表没有给出结论，请流程分析员检查 " + DECISION_CATEGORY);
    }
    return HardshipCategory.valueOf(result.getEntry("category").toString());
  }

  /** A file, read by a keeper (the read is logged with {@code via}). */
  @Transactional(readOnly = true)
  public HardshipFile read(long fileId, String via) {
    HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("没有找到该档案"));
    access.requireKeeper(file.getKeepingUnitCode());
    access.logged(file.getId(), file.getKeepingUnitCode(), RegisterAccessEntry.Action.READ, via);
    return file;
  }

  /** The file of a worker, if there is one (no access check: for the processes' rules, not for display). */
  @Transactional(readOnly = true)
  public Optional<HardshipFile> fileOf(String workerIdNumber) {
    return files.findByIdNumber(workerIdNumber);
  }

  /** 先建档后帮扶: the worker's file, or bad input naming {@code field} when the household has none. */
  @Transactional(readOnly = true)
  public HardshipFile requireFileOf(String workerIdNumber, String field, String label) {
    return files
        .findByIdNumber(workerIdNumber)
        .orElseThrow(() -> new InvalidInputException(field, label, "该职工还没有困难职工档案：先建档后帮扶，请先建档"));
  }

  @Transactional(readOnly = true)
  public List<HouseholdMember> membersOf(long fileId) {
    return members.findByFileIdOrderById(fileId);
  }

  @Transactional(readOnly = true)
  public List<HardshipVisit> visitsOf(long fileId) {
    return visits.findByFileIdOrderByVisitDateAscIdAsc(fileId);
  }

  @Transactional(readOnly = true)
  public List<HardshipAid> aidOf(long fileId) {
    return aids.findByFileIdOrderByPaidOnAscIdAsc(fileId);
  }

  /** Appends a visit to the household, made by a case of a process. */
  @Transactional
  public HardshipVisit recordVisit(
      long fileId, String processKey, String processInstanceId, LocalDate date, String visitors, String findings) {
    return visits.save(new HardshipVisit(fileId, processKey, processInstanceId, date, visitors, findings, access.userId()));
  }

  /**
   * Appends an aid paid to the household (先建档后帮扶: only to a file). Idempotent per case, kind, year and
   * file: a retried payment step does not pay twice.
   */
  @Transactional
  public HardshipAid recordAid(long fileId, HardshipAid.Aid aid) {
    if (!files.existsById(fileId)) {
      throw new IllegalStateException("先建档后帮扶: no file " + fileId);
    }
    if (aids.existsByProcessInstanceIdAndKindAndYearAndFileId(aid.processInstanceId(), aid.kind(), aid.year(), fileId)) {
      return aids.findByProcessInstanceIdOrderById(aid.processInstanceId()).stream()
          .filter(a -> a.getKind() == aid.kind() && a.getYear() == aid.year() && a.getFileId() == fileId)
          .findFirst()
          .orElseThrow();
    }
    return aids.save(new HardshipAid(fileId, aid, access.userId()));
  }

  /** 原则上不重复资助: whether the student has had a 金秋助学 grant before, in any year. */
  @Transactional(readOnly = true)
  public boolean fundedByScholarship(String studentIdNumber) {
    return aids.existsByBeneficiaryIdNumberAndKindIn(
        studentIdNumber, EnumSet.of(AidKind.SCHOLARSHIP_TIER_A, AidKind.SCHOLARSHIP_TIER_B));
  }

  /**
   * The files kept by a unit and every unit below it, page by page, for a keeper of that unit (a list shows
   * masked rows; the list itself is logged).
   */
  @Transactional(readOnly = true)
  public List<HardshipFile> keptWithin(String unitCode, int page, int size, String via) {
    access.requireKeeper(unitCode);
    access.logged(null, unitCode, RegisterAccessEntry.Action.LIST, via);
    return files.keptWithin(tree(unitCode), PageRequest.of(page, size));
  }

  /** A page of the files within a unit, for an export whose access the caller has checked and logged. */
  @Transactional(readOnly = true)
  public List<HardshipFile> pageWithin(String unitCode, int page, int size) {
    return files.keptWithin(tree(unitCode), PageRequest.of(page, size));
  }

  @Transactional(readOnly = true)
  public long countKeptWithin(String unitCode) {
    return files.countKeptWithin(tree(unitCode));
  }

  private List<String> tree(String unitCode) {
    return orgUnits.supervisoryTree(unitCode).stream().map(cn.gonghui.bpm.organisation.OrgUnit::getCode).toList();
  }

  /** Households per keeping unit and category within a unit's tree (for overviews: counts, never files). */
  @Transactional(readOnly = true)
  public List<HardshipFiles.CategoryCount> categoryCounts(String unitCode) {
    return files.countByCategory(tree(unitCode));
  }
}
