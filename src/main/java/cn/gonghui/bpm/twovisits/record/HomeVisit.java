package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Phase 2: the home visit to one hardship household (000:79-81), either a household the register already holds
 * ({@code fileId} from the start) or one found now (a 称呼 only, until its 困难职工情况登记表 creates its file). The
 * household's details and what the visit found live in the register, not here.
 */
@Entity
@Table(name = "two_visits_home_visit")
public class HomeVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "file_id")
  private Long fileId;

  @Column(length = 50)
  private String label;

  @Column(name = "found_now", nullable = false)
  private boolean foundNow;

  @Column(name = "visit_date")
  private LocalDate visitDate;

  /** Whether the visit's 登记表 created the household's file (false: it updated an existing one). */
  @Column(name = "new_file", nullable = false)
  private boolean newFile;

  @Column(nullable = false)
  private boolean done;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected HomeVisit() {}

  static HomeVisit ofFile(long campaignId, long fileId) {
    HomeVisit v = new HomeVisit();
    v.campaignId = campaignId;
    v.fileId = fileId;
    return v;
  }

  static HomeVisit foundNow(long campaignId, String label) {
    HomeVisit v = new HomeVisit();
    v.campaignId = campaignId;
    v.label = label;
    v.foundNow = true;
    return v;
  }

  void visited(long fileId, boolean newFile, LocalDate date, String user) {
    this.fileId = fileId;
    this.newFile = newFile;
    this.visitDate = date;
    this.done = true;
    this.recordedBy = user;
    this.recordedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getLabel() {
    return label;
  }

  public boolean isFoundNow() {
    return foundNow;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public boolean isNewFile() {
    return newFile;
  }

  public boolean isDone() {
    return done;
  }
}
