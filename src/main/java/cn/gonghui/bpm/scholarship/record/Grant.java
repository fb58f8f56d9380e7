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

/**
 * A grant as scholarship-grant-tier gave it for the approved rank: tier A (recurrence YEARLY_UNTIL_GRADUATION:
 * every year for the programme's length, each year after the aid centre confirmed enrolment) or tier B (ONCE).
 */
@Entity
@Table(name = "scholarship_grant")
public class Grant {

  public static final String YEARLY_UNTIL_GRADUATION = "YEARLY_UNTIL_GRADUATION";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private long applicationId;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(nullable = false)
  private int rank;

  @Column(nullable = false, length = 8)
  private String tier;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 32)
  private String recurrence;

  @Column(name = "programme_years", nullable = false)
  private int programmeYears;

  @Column(name = "years_paid", nullable = false)
  private int yearsPaid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private GrantStatus status = GrantStatus.ACTIVE;

  @Column(name = "stop_reason", length = 500)
  private String stopReason;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Version
  @Column(nullable = false)
  private long version;

  protected Grant() {}

  Grant(Application application, int rank, GrantTier tier, int programmeYears) {
    this.applicationId = application.getId();
    this.campaignId = application.getCampaignId();
    this.rank = rank;
    this.tier = tier.tier();
    this.amount = tier.amount();
    this.recurrence = tier.recurrence();
    this.programmeYears = programmeYears;
  }

  /** Whether the grant is paid every year until graduation. */
  public boolean yearly() {
    return YEARLY_UNTIL_GRADUATION.equals(recurrence);
  }

  /** How many payments the grant makes in all: the programme's years for a yearly grant, else one. */
  public int payments() {
    return yearly() ? programmeYears : 1;
  }

  /** Whether another payment is due after the ones made. */
  public boolean continues() {
    return status == GrantStatus.ACTIVE && yearsPaid < payments();
  }

  void paid() {
    yearsPaid++;
    if (yearsPaid >= payments()) {
      status = GrantStatus.COMPLETED;
    }
  }

  void stop(String reason) {
    status = GrantStatus.STOPPED;
    stopReason = reason;
    stoppedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public int getRank() {
    return rank;
  }

  public String getTier() {
    return tier;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getRecurrence() {
    return recurrence;
  }

  public int getProgrammeYears() {
    return programmeYears;
  }

  public int getYearsPaid() {
    return yearsPaid;
  }

  public GrantStatus getStatus() {
    return status;
  }

  public String getStopReason() {
    return stopReason;
  }
}
