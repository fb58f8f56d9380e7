package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 年关慰问 (000:93): one hardship household (its register file) or one retiree relieved in a campaign's round, with
 * the amount {@code festival-relief-standard} gave. A household's relief is also in its register file as aid.
 */
@Entity
@Table(name = "two_visits_relief")
public class Relief {

  /** The inputs of festival-relief-standard. */
  public enum RecipientType {
    DEEP_HARDSHIP("深度困难职工"),
    HARDSHIP("困难职工"),
    RETIREE("退休职工");

    private final String label;

    RecipientType(String label) {
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
  @Column(name = "recipient_type", nullable = false, length = 16)
  private RecipientType recipientType;

  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "retiree_name", length = 50)
  private String retireeName;

  @Column(name = "retiree_id_number", length = 18)
  private String retireeIdNumber;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "relief_date", nullable = false)
  private LocalDate reliefDate;

  @Column(name = "festival_year", nullable = false)
  private int festivalYear;

  @Column(nullable = false, length = 200)
  private String visitors;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Relief() {}

  Relief(long campaignId, RecipientType type, Long fileId, String retireeName, String retireeIdNumber, BigDecimal amount,
      LocalDate reliefDate, int festivalYear, String visitors, String recordedBy) {
    this.campaignId = campaignId;
    this.recipientType = type;
    this.fileId = fileId;
    this.retireeName = retireeName;
    this.retireeIdNumber = retireeIdNumber;
    this.amount = amount;
    this.reliefDate = reliefDate;
    this.festivalYear = festivalYear;
    this.visitors = visitors;
    this.recordedBy = recordedBy;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public RecipientType getRecipientType() {
    return recipientType;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getRetireeName() {
    return retireeName;
  }

  public String getRetireeIdNumber() {
    return retireeIdNumber;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getReliefDate() {
    return reliefDate;
  }

  public String getVisitors() {
    return visitors;
  }

  public int getFestivalYear() {
    return festivalYear;
  }
}
