package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One application in one round of the 初选名单: the aid centre's proposal (PROPOSED, rank and a short reason) or the
 * chair meeting's decision (APPROVED: the rank it approved, or struck with its reason).
 */
@Entity
@Table(name = "scholarship_ranking")
public class RankingEntry {

  /** Whose list a row belongs to. */
  public enum Stage {
    PROPOSED,
    APPROVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Stage stage;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  private Integer rank;

  @Column(length = 200)
  private String reason;

  @Column(nullable = false)
  private boolean struck;

  /** The tier scholarship-grant-tier gave the approved rank (APPROVED rows, once the table was evaluated). */
  @Column(length = 8)
  private String tier;

  @Column(precision = 12, scale = 2)
  private java.math.BigDecimal amount;

  @Column(length = 32)
  private String recurrence;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected RankingEntry() {}

  RankingEntry(Campaign campaign, int round, Stage stage, long applicationId, Integer rank, String reason, boolean struck, String by) {
    this.campaignId = campaign.getId();
    this.processInstanceId = campaign.getProcessInstanceId();
    this.round = round;
    this.stage = stage;
    this.applicationId = applicationId;
    this.rank = rank;
    this.reason = reason;
    this.struck = struck;
    this.recordedBy = by;
  }

  void tiered(GrantTier grantTier) {
    this.tier = grantTier.tier();
    this.amount = grantTier.amount();
    this.recurrence = grantTier.recurrence();
  }

  /** The tier the table gave, or null before it was evaluated (and for struck rows). */
  public GrantTier grantTier() {
    return tier == null ? null : new GrantTier(tier, amount, recurrence);
  }

  public int getRound() {
    return round;
  }

  public Stage getStage() {
    return stage;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public Integer getRank() {
    return rank;
  }

  public String getReason() {
    return reason;
  }

  public boolean isStruck() {
    return struck;
  }
}
