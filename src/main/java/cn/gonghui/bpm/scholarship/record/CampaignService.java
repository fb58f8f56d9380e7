package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.SystemDecisions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns: opening one (one per county federation and year; the quotas and the money needed from
 * scholarship-grant-tier; the budget must cover them), its phases, the grassroots unions' 摸底, the late work
 * flagged to the county's managers, the Tier A students of earlier years paid again, and the publicity.
 */
@Service("scholarshipCampaignService")
public class CampaignService {

  public static final String DECISION_GRANT_TIER = "scholarship-grant-tier";

  /** The longest programme (学制) a Tier A grant pays for; the ranks scholarship-grant-tier is asked about at most. */
  static final int LONGEST_PROGRAMME = 5;

  static final int MAX_RANKS = 1000;

  private final Campaigns campaigns;
  private final Grants grants;
  private final Applications applications;
  private final SurveyReports surveys;
  private final LateWorks lateWorks;
  private final SystemDecisions decisions;
  private final ScholarshipUnits units;

  public CampaignService(
      Campaigns campaigns,
      Grants grants,
      Applications applications,
      SurveyReports surveys,
      LateWorks lateWorks,
      SystemDecisions decisions,
      ScholarshipUnits units) {
    this.campaigns = campaigns;
    this.grants = grants;
    this.applications = applications;
    this.surveys = surveys;
    this.lateWorks = lateWorks;
    this.decisions = decisions;
    this.units = units;
  }

  /** What starting a campaign asks for: the year, the deadline (null: 8月15日), the budget (null: what it needs). */
  public record Opening(int year, LocalDate deadline, BigDecimal budget) {}

  /**
   * Opens the campaign of a county and year; bad input names the field (400), a second campaign of the same
   * county and year is a conflict (409).
   */
  @Transactional
  public Campaign open(String caseId, String county, Opening opening, String by, Campaign.StartedVia via, Map<String, String> fields) {
    int thisYear = ScholarshipClock.today().getYear();
    if (opening.year() < thisYear || opening.year() > thisYear + 1) {
      throw new InvalidInputException(fields.get("year"), "年度", "只能发起今年（" + thisYear + "年）或明年的金秋助学活动");
    }
    CampaignSchedule schedule = CampaignSchedule.of(opening.year(), opening.deadline(), fields.get("deadline"));
    if (!ScholarshipClock.now().isBefore(schedule.intakeClosesAt())) {
      throw new InvalidInputException(
          fields.get("deadline"), "申报截止日期", opening.year() + "年的申报已于" + CampaignSchedule.monthDay(schedule.deadline()) + "截止，不能再发起活动");
    }
    if (campaigns.existsByCountyCodeAndYear(county, opening.year())) {
      throw new ConflictException(fields.get("year"), units.nameOf(county) + opening.year() + "年的金秋助学活动已经发起，一个县总工会每年只有一次活动");
    }
    QuotaPlan plan = plan(county, opening.year());
    BigDecimal budget = opening.budget() == null ? plan.need() : opening.budget();
    if (budget.compareTo(plan.need()) < 0) {
      throw new InvalidInputException(
          fields.get("budget"),
          "助学预算（元）",
          "不足以支付决策表 scholarship-grant-tier 的名额：本年需要" + FundLedger.yuan(plan.need()) + "（" + plan.explained()
              + "）。请提高预算，或请流程分析员调整决策表中的名额");
    }
    return campaigns.saveAndFlush(new Campaign(caseId, county, schedule, budget, plan, by, via));
  }

  /** The quotas and amounts of scholarship-grant-tier, and the Tier A students of earlier years continuing. */
  @Transactional(readOnly = true)
  public QuotaPlan plan(String county, int year) {
    int quotaA = 0;
    int quotaB = 0;
    BigDecimal amountA = BigDecimal.ZERO;
    BigDecimal amountB = BigDecimal.ZERO;
    for (int rank = 1; rank <= MAX_RANKS; rank++) {
      GrantTier tier = tier(rank);
      if (!tier.granted()) {
        break;
      }
      if ("A".equals(tier.tier())) {
        quotaA++;
        amountA = tier.amount();
      } else {
        quotaB++;
        amountB = tier.amount();
      }
    }
    List<Grant> continuing = continuingGrants(county, year);
    BigDecimal continuingAmount = continuing.stream().map(Grant::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new QuotaPlan(quotaA, amountA, quotaB, amountB, continuing.size(), continuingAmount);
  }

  /** The tier scholarship-grant-tier gives a rank (the analysts' quotas). */
  public GrantTier tier(int rank) {
    DmnDecisionResultEntries result = decisions.evaluate(DECISION_GRANT_TIER, Map.of("rank", rank)).getFirstResult();
    if (result == null || result.getEntry("tier") == null) {
      throw new IllegalStateException("资助档次决策表没有给出第" + rank + "名的档次，请流程分析员检查 " + DECISION_GRANT_TIER);
    }
    Number amount = result.getEntry("amount");
    return new GrantTier(
        result.getEntry("tier").toString(),
        amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString()),
        String.valueOf(result.<Object>getEntry("recurrence")));
  }

  /**
   * The Tier A grants of the county's earlier campaigns that this year's campaign pays again: active, not yet
   * paid for every year of the programme, and still within it (a grant of 2025 for four years is paid until 2028).
   */
  @Transactional(readOnly = true)
  public List<Grant> continuingGrants(String county, int year) {
    List<Grant> continuing = new ArrayList<>();
    for (Grant grant :
        grants.activeOfEarlierYears(county, year, year - LONGEST_PROGRAMME, GrantStatus.ACTIVE, Grant.YEARLY_UNTIL_GRADUATION)) {
      int grantYear = campaigns.findById(grant.getCampaignId()).orElseThrow().getYear();
      if (grant.continues() && year - grantYear < grant.getProgrammeYears()) {
        continuing.add(grant);
      }
    }
    return continuing;
  }

  @Transactional(readOnly = true)
  public Campaign require(String caseId) {
    return campaigns.findByProcessInstanceId(caseId).orElseThrow(() -> new NotFoundException("没有找到该金秋助学活动"));
  }

  @Transactional(readOnly = true)
  public Campaign require(long campaignId) {
    return campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("没有找到该金秋助学活动"));
  }

  @Transactional(readOnly = true)
  public List<Campaign> ofCounty(String county) {
    return campaigns.findByCountyCodeOrderByYearDesc(county);
  }

  /** The campaign of the county that takes applications now (started, its deadline not passed). */
  @Transactional(readOnly = true)
  public Optional<Campaign> openForApplications(String county) {
    Instant now = ScholarshipClock.now();
    return campaigns.findByCountyCodeOrderByYearDesc(county).stream()
        .filter(c -> now.isBefore(c.getIntakeClosesAt()))
        .reduce((later, earlier) -> earlier);
  }

  /** The county's first campaign of a year after {@code year} that has started, if any (it pays continuing grants). */
  @Transactional(readOnly = true)
  public Optional<Campaign> laterCampaign(String county, int year) {
    return campaigns.findByCountyCodeOrderByYearDesc(county).stream().filter(c -> c.getYear() > year).reduce((later, earlier) -> earlier);
  }

  @Transactional
  public void enter(String caseId, Phase phase) {
    require(caseId).enter(phase);
  }

  @Transactional
  public void fundsComplete(String caseId) {
    require(caseId).fundsComplete();
  }

  // ---- 调查摸底 ----------------------------------------------------------------------------------------

  /** The grassroots unions that report their 摸底 (every grassroots union of the county). */
  @Transactional(readOnly = true)
  public List<String> surveyUnits(String caseId) {
    return units.grassrootsUnionsOf(require(caseId).getCountyCode());
  }

  /** A union's 摸底 and 帮扶救助方案 (late when reported after the phase ended). */
  @Transactional
  public SurveyReport report(String caseId, String unit, int examCandidates, int admitted, int assisted, String plan, String by) {
    Campaign campaign = require(caseId);
    if (admitted > examCandidates) {
      throw new InvalidInputException("admittedStudents", "考上二本以上的困难学生人数", "不能多于参加高考的人数（" + examCandidates + "人）");
    }
    if (surveys.existsByCampaignIdAndUnitCode(campaign.getId(), unit)) {
      throw new ConflictException("aidPlan", "本单位已上报本年度的摸底情况");
    }
    boolean late = !ScholarshipClock.now().isBefore(campaign.schedule().surveyDueAt());
    return surveys.save(new SurveyReport(campaign.getId(), unit, examCandidates, admitted, assisted, plan, late, by));
  }

  @Transactional(readOnly = true)
  public List<SurveyReport> surveysOf(long campaignId) {
    return surveys.findByCampaignIdOrderByUnitCode(campaignId);
  }

  // ---- late work ----------------------------------------------------------------------------------------

  /** Flags late work once per kind and subject. */
  @Transactional
  public void flag(String caseId, LateKind kind, String subject, String unit, String lateCaseId, Instant dueAt) {
    Campaign campaign = require(caseId);
    if (!lateWorks.existsByCampaignIdAndKindAndSubject(campaign.getId(), kind, subject)) {
      lateWorks.save(new LateWork(campaign.getId(), kind, subject, unit, lateCaseId, dueAt));
    }
  }

  @Transactional(readOnly = true)
  public List<LateWork> lateWorkOf(long campaignId) {
    return lateWorks.findByCampaignIdOrderByIdAsc(campaignId);
  }

  /** The campaign's applications still waiting for their 入户调查核实. */
  @Transactional(readOnly = true)
  public List<Application> awaitingVerification(String caseId) {
    return applications.findByCampaignIdAndStepOrderBySeq(require(caseId).getId(), Step.VERIFICATION);
  }

  /** The campaign's grants not yet paid this year: its own new grants and the continuing ones it pays. */
  @Transactional(readOnly = true)
  public List<Application> awaitingPayment(String caseId) {
    Campaign campaign = require(caseId);
    List<Application> waiting = new ArrayList<>(applications.findByCampaignIdAndStepOrderBySeq(campaign.getId(), Step.PAYMENT));
    applications.findByCampaignIdAndStepOrderBySeq(campaign.getId(), Step.NOTICE).stream()
        .filter(a -> a.getOutcome().granted())
        .forEach(waiting::add);
    for (Grant grant : continuingGrants(campaign.getCountyCode(), campaign.getYear())) {
      Application application = applications.findById(grant.getApplicationId()).orElseThrow();
      if (application.getStep() == Step.ENROLMENT_CHECK || application.getStep() == Step.PAYMENT) {
        waiting.add(application);
      }
    }
    return waiting;
  }

  // ---- publicity ----------------------------------------------------------------------------------------

  /**
   * The families that gave written consent, for the 影像资料 and the 有线频道 (000:555): the student's name, the
   * university and the tier, never an identity number.
   */
  @Transactional(readOnly = true)
  public List<PublicityRow> publicity(long campaignId) {
    List<PublicityRow> rows = new ArrayList<>();
    for (Application a : applications.findByCampaignIdOrderBySeq(campaignId)) {
      if (a.getOutcome().granted() && a.hasPublicityConsent()) {
        rows.add(new PublicityRow(a.getNumber(), a.getStudentName(), a.getUniversity(), a.getMajor(), a.getOutcome().label()));
      }
    }
    return rows;
  }

  /** One line of the publicity list. */
  public record PublicityRow(String number, String studentName, String university, String major, String grant) {}

  @Transactional
  public void broadcast(String caseId, String channel, LocalDate date) {
    Campaign campaign = require(caseId);
    campaign.broadcast(channel, date, publicity(campaign.getId()).size());
  }
}
