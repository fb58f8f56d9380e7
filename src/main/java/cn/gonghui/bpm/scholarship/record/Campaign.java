package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One 金秋助学 campaign (one process instance of scholarship-campaign): a county federation's campaign of one
 * year, its phases (dates in Asia/Shanghai), its budget and the quotas scholarship-grant-tier gave when it
 * started, the outcome's date and the publicity. The money is in the fund ledger ({@link FundEntry}).
 */
@Entity(name = "ScholarshipCampaign")
@Table(name = "scholarship_campaign")
public class Campaign {

  /** How a campaign was started. */
  public enum StartedVia {
    CLERK,
    SCHEDULE,
    SYSTEM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(name = "county_code", nullable = false, length = 64)
  private String countyCode;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Phase phase = Phase.PREPARATION;

  /** The last day applications are accepted (inclusive, until 23:59 Asia/Shanghai). */
  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "survey_starts_at", nullable = false)
  private Instant surveyStartsAt;

  @Column(name = "survey_due_at", nullable = false)
  private Instant surveyDueAt;

  @Column(name = "intake_closes_at", nullable = false)
  private Instant intakeClosesAt;

  @Column(name = "verification_ends_at", nullable = false)
  private Instant verificationEndsAt;

  @Column(name = "period_ends_at", nullable = false)
  private Instant periodEndsAt;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal budget;

  @Column(name = "quota_a", nullable = false)
  private int quotaA;

  @Column(name = "quota_b", nullable = false)
  private int quotaB;

  @Column(name = "amount_a", nullable = false, precision = 12, scale = 2)
  private BigDecimal amountA;

  @Column(name = "amount_b", nullable = false, precision = 12, scale = 2)
  private BigDecimal amountB;

  @Column(name = "continuing_count", nullable = false)
  private int continuingCount;

  @Column(name = "planned_need", nullable = false, precision = 12, scale = 2)
  private BigDecimal plannedNeed;

  @Column(name = "funds_complete", nullable = false)
  private boolean fundsComplete;

  @Column(name = "outcome_decided_at")
  private Instant outcomeDecidedAt;

  @Column(name = "broadcast_channel", length = 100)
  private String broadcastChannel;

  @Column(name = "broadcast_date")
  private LocalDate broadcastDate;

  @Column(name = "broadcast_count")
  private Integer broadcastCount;

  @Column(name = "started_by", length = 64)
  private String startedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "started_via", nullable = false, length = 16)
  private StartedVia startedVia;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected Campaign() {}

  Campaign(
      String processInstanceId, String countyCode, CampaignSchedule schedule, BigDecimal budget, QuotaPlan plan,
      String startedBy, StartedVia startedVia) {
    this.processInstanceId = processInstanceId;
    this.countyCode = countyCode;
    this.year = schedule.year();
    this.deadline = schedule.deadline();
    this.surveyStartsAt = schedule.surveyStartsAt();
    this.surveyDueAt = schedule.surveyDueAt();
    this.intakeClosesAt = schedule.intakeClosesAt();
    this.verificationEndsAt = schedule.verificationEndsAt();
    this.periodEndsAt = schedule.periodEndsAt();
    this.budget = budget;
    this.quotaA = plan.quotaA();
    this.quotaB = plan.quotaB();
    this.amountA = plan.amountA();
    this.amountB = plan.amountB();
    this.continuingCount = plan.continuing();
    this.plannedNeed = plan.need();
    this.startedBy = startedBy;
    this.startedVia = startedVia;
  }

  /** The schedule as the campaign holds it. */
  public CampaignSchedule schedule() {
    return new CampaignSchedule(year, deadline, surveyStartsAt, surveyDueAt, intakeClosesAt, verificationEndsAt, periodEndsAt);
  }

  void enter(Phase next) {
    this.phase = next;
    if (next == Phase.CLOSED && endedAt == null) {
      endedAt = Instant.now();
    }
  }

  void fundsComplete() {
    this.fundsComplete = true;
  }

  void outcomeDecided() {
    this.outcomeDecidedAt = Instant.now();
  }

  void broadcast(String channel, LocalDate date, int count) {
    this.broadcastChannel = channel;
    this.broadcastDate = date;
    this.broadcastCount = count;
  }

  /** 「示范县总工会2025年金秋助学」 as Cockpit and notices name it. */
  public String title(String countyName) {
    return countyName + year + "年金秋助学";
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public int getYear() {
    return year;
  }

  public Phase getPhase() {
    return phase;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Instant getIntakeClosesAt() {
    return intakeClosesAt;
  }

  public Instant getVerificationEndsAt() {
    return verificationEndsAt;
  }

  public Instant getPeriodEndsAt() {
    return periodEndsAt;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public int getQuotaA() {
    return quotaA;
  }

  public int getQuotaB() {
    return quotaB;
  }

  public BigDecimal getAmountA() {
    return amountA;
  }

  public BigDecimal getAmountB() {
    return amountB;
  }

  public int getContinuingCount() {
    return continuingCount;
  }

  public BigDecimal getPlannedNeed() {
    return plannedNeed;
  }

  public boolean isFundsComplete() {
    return fundsComplete;
  }

  public Instant getOutcomeDecidedAt() {
    return outcomeDecidedAt;
  }

  public String getBroadcastChannel() {
    return broadcastChannel;
  }

  public LocalDate getBroadcastDate() {
    return broadcastDate;
  }

  public Integer getBroadcastCount() {
    return broadcastCount;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public StartedVia getStartedVia() {
    return startedVia;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
