package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipFiles;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdDetails;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.twovisits.CampaignProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phase 2 深入走访 (000:73-81): the union lists the departments or teaching groups it visits and the hardship
 * households found now; the register's hardship households of the union are added by themselves. Each department
 * visit records date, form, people reached and opinions; each home visit fills the 困难职工情况登记表, which creates
 * or updates the household's file in the register (its category by {@code hardship-category}) and appends the
 * visit to the file.
 */
@Service
public class VisitService {

  /** The path a register access of a home visit is logged with. */
  static final String VIA = "双走访·入户走访";

  private static final int PAGE = 500;

  private final CampaignService campaigns;
  private final DepartmentVisits departmentVisits;
  private final HomeVisits homeVisits;
  private final HardshipRegister register;

  public VisitService(
      CampaignService campaigns, DepartmentVisits departmentVisits, HomeVisits homeVisits, HardshipRegister register) {
    this.campaigns = campaigns;
    this.departmentVisits = departmentVisits;
    this.homeVisits = homeVisits;
    this.register = register;
  }

  /** The visits planned: department visit ids and home visit ids (the multi-instance collections). */
  public record Targets(List<Long> departmentVisitIds, List<Long> homeVisitIds) {}

  /**
   * Lists the visits of phase 2: a department visit per line of {@code departments} (at least one), a home visit
   * per hardship household of the union's register (category other than 不属于困难职工) and per household found
   * now (a 称呼 a line).
   */
  @Transactional
  public Targets listTargets(String caseId, String departments, String newHouseholds, String departmentsField, String householdsField) {
    Campaign campaign = campaigns.require(caseId);
    List<Lines.Line> departmentLines = Lines.checked(departments, departmentsField, "走访的教研组（部门）", 100, 100);
    if (departmentLines.isEmpty()) {
      throw new InvalidInputException(departmentsField, "走访的教研组（部门）", "至少填写一个教研组或部门");
    }
    Set<String> seen = new HashSet<>();
    for (Lines.Line line : departmentLines) {
      if (!seen.add(line.text())) {
        throw new InvalidInputException(departmentsField, "走访的教研组（部门）", "第" + line.number() + "行与前面重复：" + line.text());
      }
    }
    List<Lines.Line> householdLines = Lines.checked(newHouseholds, householdsField, "新发现的困难职工家庭", 50, 200);
    List<Long> departmentIds = new ArrayList<>();
    for (Lines.Line line : departmentLines) {
      departmentIds.add(departmentVisits.save(new DepartmentVisit(campaign.getId(), line.text())).getId());
    }
    List<Long> homeIds = new ArrayList<>();
    for (HardshipFile file : hardshipHouseholds(campaign.getOrgUnitCode())) {
      homeIds.add(homeVisits.save(HomeVisit.ofFile(campaign.getId(), file.getId())).getId());
    }
    for (Lines.Line line : householdLines) {
      homeIds.add(homeVisits.save(HomeVisit.foundNow(campaign.getId(), line.text())).getId());
    }
    return new Targets(departmentIds, homeIds);
  }

  /** The register's households kept by the union itself that are in hardship (any category but NONE). */
  @Transactional(readOnly = true)
  public List<HardshipFile> hardshipHouseholds(String unitCode) {
    List<HardshipFile> result = new ArrayList<>();
    List<HardshipFile> page;
    int p = 0;
    do {
      page = register.keptWithin(unitCode, p++, PAGE, VIA);
      page.stream()
          .filter(f -> f.getKeepingUnitCode().equals(unitCode) && f.getCategory().inHardship())
          .forEach(result::add);
    } while (page.size() == PAGE);
    return result;
  }

  /** How many hardship households the union's register holds (counts only, for the listing form). */
  @Transactional(readOnly = true)
  public long hardshipHouseholdCount(String unitCode) {
    return register.categoryCounts(unitCode).stream()
        .filter(c -> c.getUnitCode().equals(unitCode) && c.getCategory().inHardship())
        .mapToLong(HardshipFiles.CategoryCount::getHouseholds)
        .sum();
  }

  /** What a department visit is about, for its task: the department's name. */
  @Transactional(readOnly = true)
  public String departmentSubject(long visitId) {
    return "走访对象：" + department(visitId).getDepartment();
  }

  /**
   * What a home visit is about, for its task: the household's file (its number and masked identity number) or the
   * 称呼 of a household found now. No other personal data: the clerk opens the file through the register.
   */
  @Transactional(readOnly = true)
  public String homeSubject(long visitId) {
    HomeVisit visit = home(visitId);
    if (visit.getFileId() == null) {
      return "新发现的困难职工家庭：" + visit.getLabel() + "。请入户走访后填写困难职工情况登记表，系统据此为该户建档。";
    }
    HardshipFile file = register.read(visit.getFileId(), VIA);
    return "困难职工档案第" + file.getId() + "号（" + ResidentIdNumber.mask(file.getIdNumber()) + "，" + file.getCategory().label()
        + "）。请入户走访，按实际情况重新填写困难职工情况登记表，系统据此更新档案。";
  }

  @Transactional
  public DepartmentVisit recordDepartmentVisit(
      long visitId, LocalDate date, String form, int peopleReached, String opinions, String payOpinions, String user) {
    DepartmentVisit visit = department(visitId);
    if (visit.isDone()) {
      throw new ConflictException(CampaignProcess.FIELD_VISIT_DATE, "该教研组（部门）的走访已经记录");
    }
    visit.visited(date, form, peopleReached, opinions, payOpinions, user);
    return visit;
  }

  /**
   * A home visit with its 困难职工情况登记表: creates the household's file (kept by the campaign's union) or
   * updates it, and appends the visit (date, visitors, what was found about the family's life and thinking) to it.
   */
  @Transactional
  public HomeVisit recordHomeVisit(
      String caseId, long visitId, Map<String, Object> form, LocalDate date, String visitors, String findings, String user) {
    Campaign campaign = campaigns.require(caseId);
    HomeVisit visit = home(visitId);
    if (visit.isDone()) {
      throw new ConflictException(CampaignProcess.FIELD_VISIT_DATE, "该户的入户走访已经记录");
    }
    HouseholdDetails details = HouseholdDetails.from(form);
    boolean newFile = register.fileOf(details.idNumber()).isEmpty();
    if (visit.getFileId() != null) {
      HardshipFile listed = register.read(visit.getFileId(), VIA);
      if (!listed.getIdNumber().equals(details.idNumber())) {
        throw new InvalidInputException(
            HouseholdFields.WORKER_ID_NUMBER, "居民身份证号码",
            "与本次走访的档案（" + ResidentIdNumber.mask(listed.getIdNumber()) + "）不一致：请走访该户，或核对号码");
      }
    }
    HardshipFile file = register.save(details, campaign.getOrgUnitCode(), VIA);
    if (homeVisits.existsByCampaignIdAndFileIdAndIdNot(campaign.getId(), file.getId(), visit.getId())) {
      throw new ConflictException(HouseholdFields.WORKER_ID_NUMBER, "该户已在本次活动的走访名单中，不能重复走访");
    }
    register.recordVisit(file.getId(), CampaignProcess.PROCESS_KEY, caseId, date, visitors, findings);
    visit.visited(file.getId(), newFile, date, user);
    return visit;
  }

  @Transactional(readOnly = true)
  public DepartmentVisit department(long visitId) {
    return departmentVisits.findById(visitId).orElseThrow(() -> new NotFoundException("没有找到该走访记录"));
  }

  @Transactional(readOnly = true)
  public HomeVisit home(long visitId) {
    return homeVisits.findById(visitId).orElseThrow(() -> new NotFoundException("没有找到该入户走访记录"));
  }

  @Transactional(readOnly = true)
  public List<DepartmentVisit> departmentVisits(long campaignId) {
    return departmentVisits.findByCampaignIdOrderById(campaignId);
  }

  @Transactional(readOnly = true)
  public List<HomeVisit> homeVisits(long campaignId) {
    return homeVisits.findByCampaignIdOrderById(campaignId);
  }
}
