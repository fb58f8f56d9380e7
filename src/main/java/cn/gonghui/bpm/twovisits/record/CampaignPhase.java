package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One of the four phases of a campaign: its window, when it started and was completed, whether it ran late. */
@Entity
@Table(name = "two_visits_phase")
public class CampaignPhase {

  /** The phases' names as the source gives them (000:61-101). */
  public static final String[] NAMES = {"宣传发动，统一认识", "深入走访，摸清实际情况", "研究制定措施，解决实际问题", "注重实际效果，建立长效机制"};

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(nullable = false)
  private int phase;

  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "late_flagged_at")
  private Instant lateFlaggedAt;

  protected CampaignPhase() {}

  CampaignPhase(long campaignId, int phase, LocalDate windowStart, LocalDate windowEnd) {
    this.campaignId = campaignId;
    this.phase = phase;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  void started() {
    if (startedAt == null) {
      startedAt = Instant.now();
    }
  }

  void completed() {
    completedAt = Instant.now();
  }

  void flagLate() {
    if (!late) {
      late = true;
      lateFlaggedAt = Instant.now();
    }
  }

  /** 「第二阶段：深入走访，摸清实际情况」. */
  public String label() {
    return label(phase);
  }

  public static String label(int phase) {
    return "第" + "一二三四".charAt(phase - 1) + "阶段：" + NAMES[phase - 1];
  }

  public long getCampaignId() {
    return campaignId;
  }

  public int getPhase() {
    return phase;
  }

  public LocalDate getWindowStart() {
    return windowStart;
  }

  public LocalDate getWindowEnd() {
    return windowEnd;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public boolean isLate() {
    return late;
  }

  public Instant getLateFlaggedAt() {
    return lateFlaggedAt;
  }
}
