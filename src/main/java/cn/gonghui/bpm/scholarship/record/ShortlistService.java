package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 初选名单 (000:555): the aid centre ranks the verified applications with a short reason each; the 主席会议
 * decides the whole list in one task (reorders it, strikes an application with a reason); scholarship-grant-tier
 * gives each approved rank its tier; once the county federation's 审核审批 confirms, every listed application
 * gets its outcome and the grants are made.
 */
@Service
public class ShortlistService {

  /** A line of the ranking text boxes. */
  public static final String RANK_LINE = "申请编号,理由";

  static final int MAX_REASON = 200;

  private final CampaignService campaigns;
  private final Applications applications;
  private final RankingEntries rankings;
  private final Grants grants;
  private final FundLedger ledger;

  public ShortlistService(
      CampaignService campaigns, Applications applications, RankingEntries rankings, Grants grants, FundLedger ledger) {
    this.campaigns = campaigns;
    this.applications = applications;
    this.rankings = rankings;
    this.grants = grants;
    this.ledger = ledger;
  }

  /** The applications the aid centre ranks: verified, waiting for the outcome. */
  @Transactional(readOnly = true)
  public List<Application> verified(long campaignId) {
    return applications.findByCampaignIdAndStepOrderBySeq(campaignId, Step.AWAITING_OUTCOME);
  }

  /** The verified applications as the aid centre sees them when it ranks (personal data: a task-local display). */
  @Transactional(readOnly = true)
  public String verifiedItems(String caseId) {
    List<Application> verified = verified(campaigns.require(caseId).getId());
    if (verified.isEmpty()) {
      return "本年度没有通过入户调查核实的申请。";
    }
    StringBuilder text = new StringBuilder("通过入户调查核实的申请共" + verified.size() + "份：\n\n");
    for (Application a : verified) {
      text.append("- ").append(describe(a)).append('\n');
    }
    return text.toString();
  }

  /** Ranks the verified applications (all of them, each once, with a reason); refused while any is unverified. */
  @Transactional
  public List<RankingEntry> propose(String caseId, String text, String field, String by) {
    Campaign campaign = campaigns.require(caseId);
    List<Application> unverified = applications.findByCampaignIdAndStepOrderBySeq(campaign.getId(), Step.VERIFICATION);
    if (!unverified.isEmpty()) {
      throw new ConflictException(
          field,
          "还有" + unverified.size() + "份申请尚未完成入户调查核实（"
              + unverified.stream().map(Application::getNumber).collect(Collectors.joining("、"))
              + "），请先完成核实，再提出初选名单");
    }
    Map<String, Application> verified = byNumber(verified(campaign.getId()));
    List<Line> lines = lines(text, field, "初选名单", verified, true);
    int round = rankings.lastRound(campaign.getId(), RankingEntry.Stage.PROPOSED) + 1;
    List<RankingEntry> saved = new ArrayList<>();
    int rank = 1;
    for (Line line : lines) {
      saved.add(rankings.save(new RankingEntry(campaign, round, RankingEntry.Stage.PROPOSED, line.application().getId(), rank++, line.reason(), false, by)));
    }
    return saved;
  }

  /** The latest proposal as lines for the chair meeting's text box (編号,理由 in rank order). */
  @Transactional(readOnly = true)
  public String proposalLines(String caseId) {
    return latest(campaigns.require(caseId), RankingEntry.Stage.PROPOSED).stream()
        .map(e -> numberOf(e) + "," + e.getReason())
        .collect(Collectors.joining("\n"));
  }

  /** The latest proposal as the chair meeting reads it. */
  @Transactional(readOnly = true)
  public String proposalItems(String caseId) {
    List<RankingEntry> proposal = latest(campaigns.require(caseId), RankingEntry.Stage.PROPOSED);
    if (proposal.isEmpty()) {
      return "初选名单为空：本年度没有通过入户调查核实的申请。";
    }
    StringBuilder text = new StringBuilder("职工维权帮扶中心提出的初选名单（" + proposal.size() + "人，按困难程度和优秀程度排序）：\n\n");
    for (RankingEntry e : proposal) {
      Application a = applications.findById(e.getApplicationId()).orElseThrow();
      text.append(e.getRank()).append(". ").append(describe(a)).append("；理由：").append(e.getReason()).append('\n');
    }
    return text.toString();
  }

  /**
   * The chair meeting's list: every proposed application either in {@code approvedText} (in the approved order,
   * the reason may be edited) or in {@code struckText} with the reason it is struck.
   */
  @Transactional
  public List<RankingEntry> approve(String caseId, String approvedText, String struckText, String approvedField, String struckField, String by) {
    Campaign campaign = campaigns.require(caseId);
    Map<String, Application> proposed = new LinkedHashMap<>();
    for (RankingEntry e : latest(campaign, RankingEntry.Stage.PROPOSED)) {
      Application a = applications.findById(e.getApplicationId()).orElseThrow();
      proposed.put(a.getNumber(), a);
    }
    List<Line> approved = lines(approvedText, approvedField, "审定名单", proposed, false);
    List<Line> struck = lines(struckText, struckField, "不予列入的申请", proposed, false);
    RowErrors errors = new RowErrors(struckField, "不予列入的申请");
    Set<String> seen = approved.stream().map(l -> l.application().getNumber()).collect(Collectors.toSet());
    for (Line line : struck) {
      if (!seen.add(line.application().getNumber())) {
        errors.add(line.line(), "申请" + line.application().getNumber() + "已在审定名单中，不能同时不予列入");
      }
      if (line.reason() == null) {
        errors.add(line.line(), "请写明不予列入的理由");
      }
    }
    List<String> missing = proposed.keySet().stream().filter(n -> !seen.contains(n)).toList();
    if (!missing.isEmpty()) {
      errors.addGeneral("初选名单中的" + String.join("、", missing) + "既不在审定名单中，也不在不予列入的申请中");
    }
    errors.throwIfAny("每份申请或列入审定名单，或写明理由不予列入");
    int round = rankings.lastRound(campaign.getId(), RankingEntry.Stage.APPROVED) + 1;
    List<RankingEntry> saved = new ArrayList<>();
    int rank = 1;
    for (Line line : approved) {
      saved.add(rankings.save(new RankingEntry(campaign, round, RankingEntry.Stage.APPROVED, line.application().getId(), rank++, line.reason(), false, by)));
    }
    for (Line line : struck) {
      saved.add(rankings.save(new RankingEntry(campaign, round, RankingEntry.Stage.APPROVED, line.application().getId(), null, line.reason(), true, by)));
    }
    return saved;
  }

  /** scholarship-grant-tier for every approved rank of the latest approved list. */
  @Transactional
  public void determineTiers(String caseId) {
    for (RankingEntry e : latest(campaigns.require(caseId), RankingEntry.Stage.APPROVED)) {
      if (!e.isStruck()) {
        e.tiered(campaigns.tier(e.getRank()));
      }
    }
  }

  /** The approved list with its tiers, the money it needs and the money recorded, for the county's 审核审批. */
  @Transactional(readOnly = true)
  public String grantItems(String caseId) {
    Campaign campaign = campaigns.require(caseId);
    List<RankingEntry> list = latest(campaign, RankingEntry.Stage.APPROVED);
    StringBuilder text = new StringBuilder("主席会议审定的资助名单（资助档次由决策表 scholarship-grant-tier 按名次确定）：\n\n");
    BigDecimal firstYear = BigDecimal.ZERO;
    int a = 0;
    int b = 0;
    for (RankingEntry e : list) {
      Application application = applications.findById(e.getApplicationId()).orElseThrow();
      if (e.isStruck()) {
        text.append("- 不予列入：").append(describe(application)).append("；理由：").append(e.getReason()).append('\n');
        continue;
      }
      GrantTier tier = e.grantTier();
      text.append(e.getRank()).append(". ").append(describe(application)).append("：");
      if (tier != null && tier.granted()) {
        text.append(tier.tier()).append("档，").append(FundLedger.yuan(tier.amount()))
            .append(Grant.YEARLY_UNTIL_GRADUATION.equals(tier.recurrence()) ? "，每年资助至毕业（学制" + application.getProgrammeYears() + "年）" : "，一次性")
            .append('\n');
        firstYear = firstYear.add(tier.amount());
        if ("A".equals(tier.tier())) {
          a++;
        } else {
          b++;
        }
      } else {
        text.append("超出资助名额，不予资助\n");
      }
    }
    FundLedger.Balance balance = ledger.balance(campaign.getId());
    text.append("\n本年度新资助A档").append(a).append("人、B档").append(b).append("人，首年共需").append(FundLedger.yuan(firstYear))
        .append("；往年A档续发").append(campaign.getContinuingCount()).append("人。预算").append(FundLedger.yuan(campaign.getBudget()))
        .append("，已登记到账资金").append(FundLedger.yuan(balance.recorded())).append("，已发放").append(FundLedger.yuan(balance.paid())).append('。');
    if (balance.left().compareTo(firstYear) < 0) {
      text.append("\n\n**注意：到账资金余额不足以发放全部资助，发放前请先登记到账资金。**");
    }
    return text.toString();
  }

  /** One application's outcome, for the message that tells its case. */
  public record Announcement(String caseId, Outcome outcome, String tier, BigDecimal amount, Integer rank) {}

  /**
   * The county confirmed: every application of the latest approved list (and any verified one it lacks) gets its
   * outcome, the tiers A and B their grants. Returns what each case must be told.
   */
  @Transactional
  public List<Announcement> decide(String caseId) {
    Campaign campaign = campaigns.require(caseId);
    Map<Long, RankingEntry> byApplication = new LinkedHashMap<>();
    latest(campaign, RankingEntry.Stage.APPROVED).forEach(e -> byApplication.put(e.getApplicationId(), e));
    List<Announcement> announcements = new ArrayList<>();
    for (Application application : verified(campaign.getId())) {
      RankingEntry entry = byApplication.get(application.getId());
      GrantTier tier = entry == null || entry.isStruck() ? null : entry.grantTier();
      if (entry == null) {
        application.decided(Outcome.NOT_SELECTED, "未列入主席会议审定的名单");
      } else if (entry.isStruck()) {
        application.decided(Outcome.STRUCK, entry.getReason());
      } else if (tier == null || !tier.granted()) {
        application.decided(
            Outcome.NOT_SELECTED,
            "审定名次第" + entry.getRank() + "名，超出本年度资助名额（A档" + campaign.getQuotaA() + "名、B档" + campaign.getQuotaB() + "名）");
      } else {
        application.decided("A".equals(tier.tier()) ? Outcome.GRANTED_A : Outcome.GRANTED_B, null);
        grants.save(new Grant(application, entry.getRank(), tier, application.getProgrammeYears()));
      }
      application.at(Step.NOTICE);
      announcements.add(
          new Announcement(
              application.getProcessInstanceId(),
              application.getOutcome(),
              tier == null ? GrantTier.NONE : tier.tier(),
              tier == null ? BigDecimal.ZERO : tier.amount(),
              entry == null ? null : entry.getRank()));
    }
    campaign.outcomeDecided();
    return announcements;
  }

  /** The latest round of a stage, in rank order (struck rows last). */
  @Transactional(readOnly = true)
  public List<RankingEntry> latest(Campaign campaign, RankingEntry.Stage stage) {
    int round = rankings.lastRound(campaign.getId(), stage);
    return round == 0 ? List.of() : rankings.findByCampaignIdAndStageAndRoundOrderByStruckAscRankAscIdAsc(campaign.getId(), stage, round);
  }

  private String numberOf(RankingEntry e) {
    return applications.findById(e.getApplicationId()).orElseThrow().getNumber();
  }

  /** 「2025-003 张三，考入兰州大学（学制4年），高考612分，父母双亡」 */
  static String describe(Application a) {
    StringBuilder text = new StringBuilder(a.getNumber()).append(' ').append(a.getStudentName());
    if (a.getUniversity() != null) {
      text.append("，考入").append(a.getUniversity());
      if (a.getProgrammeYears() != null) {
        text.append("（学制").append(a.getProgrammeYears()).append("年）");
      }
    }
    if (a.getGaokaoScore() != null) {
      text.append("，高考").append(a.getGaokaoScore()).append("分");
    }
    if (a.getHardshipCause() != null) {
      text.append("，").append(a.getHardshipCause().label());
    }
    return text.toString();
  }

  private static Map<String, Application> byNumber(List<Application> list) {
    Map<String, Application> map = new LinkedHashMap<>();
    list.forEach(a -> map.put(a.getNumber(), a));
    return map;
  }

  /** One line of a ranking text box. */
  record Line(int line, Application application, String reason) {}

  /**
   * The lines of a ranking text box: known application numbers, each once, reasons of at most 200 characters
   * (required when {@code complete}: then every application of {@code known} must be listed).
   */
  private static List<Line> lines(String text, String field, String label, Map<String, Application> known, boolean complete) {
    RowErrors errors = new RowErrors(field, label);
    List<Line> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Table.Row row : TableReader.readLines(text).rows()) {
      String number = row.cell(0);
      String reason = String.join("，", row.cells().subList(1, row.cells().size()).stream().map(String::trim).filter(c -> !c.isEmpty()).toList());
      Application application = known.get(number);
      if (application == null) {
        errors.add(row.line(), "「" + number + "」不是" + (complete ? "已通过入户调查核实的" : "初选名单中的") + "申请编号");
        continue;
      }
      if (!seen.add(number)) {
        errors.add(row.line(), "申请" + number + "重复列出");
        continue;
      }
      if (reason.length() > MAX_REASON) {
        errors.add(row.line(), "理由不能超过" + MAX_REASON + "个字");
        continue;
      }
      if (complete && reason.isEmpty()) {
        errors.add(row.line(), "请写明排序的简要理由");
        continue;
      }
      lines.add(new Line(row.line(), application, reason.isEmpty() ? null : reason));
    }
    if (complete) {
      List<String> missing = known.keySet().stream().filter(n -> !seen.contains(n)).toList();
      if (!missing.isEmpty()) {
        errors.addGeneral("缺少已核实的申请：" + String.join("、", missing));
      }
    }
    errors.throwIfAny("请按“" + RANK_LINE + "”每行填写一份申请，排在前面的更困难、更优秀");
    return lines;
  }
}
