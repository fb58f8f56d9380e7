package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document of a campaign: the 实施方案 (phase 1), the 学年工作总结 and the next year's 工作计划 (phase 4), as
 * text typed into the form, an uploaded file, or both. Appended: a new upload does not replace an old one.
 */
@Entity
@Table(name = "two_visits_document")
public class CampaignDocument {

  /** What a document is. */
  public enum Kind {
    IMPLEMENTATION_PLAN("实施方案"),
    YEAR_SUMMARY("学年工作总结"),
    NEXT_YEAR_PLAN("学年度工作计划");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 20000)
  private String body;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "media_type", length = 100)
  private String mediaType;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(name = "content")
  private byte[] content;

  @Column(name = "written_on")
  private LocalDate writtenOn;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected CampaignDocument() {}

  static CampaignDocument text(long campaignId, Kind kind, String title, String body, LocalDate writtenOn, String user) {
    CampaignDocument d = new CampaignDocument();
    d.campaignId = campaignId;
    d.kind = kind;
    d.title = title;
    d.body = body;
    d.writtenOn = writtenOn;
    d.recordedBy = user;
    return d;
  }

  static CampaignDocument file(long campaignId, Kind kind, String fileName, String mediaType, byte[] content, String user) {
    CampaignDocument d = new CampaignDocument();
    d.campaignId = campaignId;
    d.kind = kind;
    d.title = fileName;
    d.fileName = fileName;
    d.mediaType = mediaType;
    d.content = content;
    d.recordedBy = user;
    return d;
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content;
  }

  public LocalDate getWrittenOn() {
    return writtenOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
