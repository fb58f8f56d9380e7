package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.hardship.AidKind;
import cn.gonghui.bpm.hardship.HardshipAid;
import cn.gonghui.bpm.hardship.HardshipCategory;
import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.platform.SystemDecisions;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.twovisits.CampaignProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年关慰问 (000:93 "年关对困难职工和退休职工进行一次慰问"): once per campaign, before the Spring Festival, every
 * hardship household the union's register holds and every retiree the union lists is visited once; the amount
 * per household comes from {@code festival-relief-standard} (深度困难 → DEEP_HARDSHIP, 相对困难 and 意外致困 →
 * HARDSHIP, a retiree → RETIREE). A retiree whose household has a hardship file of the union is relieved once, as
 * that household. A household's relief is written to its file as aid (先建档后帮扶: only households with a file).
 */
@Service
public class ReliefService {

  private final CampaignService campaigns;
  private final VisitService visits;
  private final Reliefs reliefs;
  private final HardshipRegister register;
  private final SystemDecisions decisions;

  public ReliefService(
      CampaignService campaigns, VisitService visits, Reliefs reliefs, HardshipRegister register, SystemDecisions decisions) {
    this.campaigns = campaigns;
    this.visits = visits;
    this.reliefs = reliefs;
    this.register = register;
    this.decisions = decisions;
  }

  /** The households to relieve, as the relief form lists them: file number, masked identity number, category, amount. */
  @Transactional(readOnly = true)
  public String householdList(String caseId) {
    Campaign campaign = campaigns.require(caseId);
    List<HardshipFile> households = visits.hardshipHouseholds(campaign.getOrgUnitCode());
    if (households.isEmpty()) {
      return "本会困难职工档案中目前没有困难职工家庭。";
    }
    StringBuilder text = new StringBuilder();
    int n = 1;
    for (HardshipFile f : households) {
      Relief.RecipientType type = typeOf(f.getCategory());
      text.append(n++).append(". 档案第").append(f.getId()).append("号（").append(ResidentIdNumber.mask(f.getIdNumber()))
          .append("），").append(f.getCategory().label()).append("，").append(amount(type)).append("元\n");
    }
    return text.toString().strip();
  }

  /**
   * The round: every hardship household of the union's register (at this moment) and every retiree of
   * {@code retireeLines} (「姓名,居民身份证号码」 a line), each with the amount of festival-relief-standard.
   * Refused as a whole when a retiree line is bad or a round was already recorded.
   */
  @Transactional
  public List<Relief> recordRound(String caseId, LocalDate date, String visitors, String retireeLines, String field, String user) {
    Campaign campaign = campaigns.require(caseId);
    if (!reliefs.findByCampaignIdOrderById(campaign.getId()).isEmpty()) {
      throw new cn.gonghui.bpm.platform.ConflictException(field, "本次活动的年关慰问已经登记");
    }
    List<HardshipFile> households = visits.hardshipHouseholds(campaign.getOrgUnitCode());
    Set<String> householdIds = new HashSet<>();
    households.forEach(f -> householdIds.add(f.getIdNumber()));
    RowErrors errors = new RowErrors(field, "退休职工");
    Map<String, String> retirees = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Table.Row row : TableReader.readLines(retireeLines).rows()) {
      String name = row.cell(0);
      String id = ResidentIdNumber.normalise(row.cell(1));
      String problem = ResidentIdNumber.problem(id);
      if (name.isEmpty() || name.length() > 50 || row.cells().size() != 2) {
        errors.add(row.line(), "请填写「姓名,居民身份证号码」两项，姓名不超过50个字");
      } else if (problem != null) {
        errors.add(row.line(), "「居民身份证号码」" + problem);
      } else if (retirees.containsKey(id)) {
        errors.add(row.line(), "与前面重复");
      } else if (!householdIds.contains(id)) {
        retirees.put(id, name);
        order.add(id);
      }
    }
    errors.throwIfAny("请按“姓名,居民身份证号码”每行填写一人");
    int year = campaign.getFestivalDate().getYear();
    List<Relief> round = new ArrayList<>();
    for (HardshipFile f : households) {
      Relief.RecipientType type = typeOf(f.getCategory());
      round.add(new Relief(campaign.getId(), type, f.getId(), null, null, amount(type), date, year, visitors, user));
    }
    for (String id : order) {
      round.add(new Relief(campaign.getId(), Relief.RecipientType.RETIREE, null, retirees.get(id), id,
          amount(Relief.RecipientType.RETIREE), date, year, visitors, user));
    }
    return reliefs.saveAll(round);
  }

  /**
   * Writes the round's household reliefs to the register (aid 年关慰问 and a visit); a retried job does not pay twice
   * (the register's aid is idempotent per case, kind, year and file; the whole job is one transaction).
   */
  @Transactional
  public int writeToRegister(String caseId) {
    Campaign campaign = campaigns.require(caseId);
    int written = 0;
    for (Relief relief : reliefs.findByCampaignIdOrderById(campaign.getId())) {
      if (relief.getFileId() == null) {
        continue;
      }
      boolean paidBefore =
          register.aidOf(relief.getFileId()).stream()
              .anyMatch(a -> a.getKind() == AidKind.FESTIVAL_RELIEF && caseId.equals(a.getProcessInstanceId()));
      register.recordAid(
          relief.getFileId(),
          new HardshipAid.Aid(AidKind.FESTIVAL_RELIEF, CampaignProcess.PROCESS_KEY, caseId, null, null, relief.getFestivalYear(),
              relief.getAmount(), relief.getReliefDate(), "双走访年关慰问（" + relief.getRecipientType().label() + "）"));
      if (!paidBefore) {
        register.recordVisit(relief.getFileId(), CampaignProcess.PROCESS_KEY, caseId, relief.getReliefDate(), relief.getVisitors(),
            "年关慰问，送去慰问金" + relief.getAmount().stripTrailingZeros().toPlainString() + "元");
        written++;
      }
    }
    return written;
  }

  /** The recipient type of festival-relief-standard for a household's category. */
  static Relief.RecipientType typeOf(HardshipCategory category) {
    return category == HardshipCategory.DEEP ? Relief.RecipientType.DEEP_HARDSHIP : Relief.RecipientType.HARDSHIP;
  }

  /** The amount (元) festival-relief-standard gives a recipient type. */
  BigDecimal amount(Relief.RecipientType type) {
    DmnDecisionResultEntries result =
        decisions.evaluate(CampaignProcess.DECISION_FESTIVAL_RELIEF, Map.of("recipientType", type.name())).getFirstResult();
    if (result == null || result.getEntry("amount") == null) {
      throw new IllegalStateException("年关慰问标准决策表没有给出 " + type + " 的金额，请流程分析员检查 festival-relief-standard");
    }
    return new BigDecimal(result.getEntry("amount").toString());
  }

  @Transactional(readOnly = true)
  public List<Relief> ofCampaign(long campaignId) {
    return reliefs.findByCampaignIdOrderById(campaignId);
  }
}
