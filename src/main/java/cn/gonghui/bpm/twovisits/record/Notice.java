package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Phase 1, item 4: what was posted on the notice board (宣传栏) and when (000:69). */
@Entity
@Table(name = "two_visits_notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "posted_on", nullable = false)
  private LocalDate postedOn;

  @Column(nullable = false, length = 2000)
  private String items;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Notice() {}

  Notice(long campaignId, LocalDate postedOn, String items, String recordedBy) {
    this.campaignId = campaignId;
    this.postedOn = postedOn;
    this.items = items;
    this.recordedBy = recordedBy;
  }

  public LocalDate getPostedOn() {
    return postedOn;
  }

  public String getItems() {
    return items;
  }
}
