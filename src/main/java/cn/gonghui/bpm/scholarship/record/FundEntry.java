package cn.gonghui.bpm.scholarship.record;

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
 * One line of a campaign's fund ledger (助学资金专款专用, 000:573): money recorded (IN, with its source and who gave
 * it) or paid out (OUT, one line per payment). Appended, never changed.
 */
@Entity
@Table(name = "scholarship_fund_entry")
public class FundEntry {

  /** Money in or out. */
  public enum Direction {
    IN,
    OUT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 3)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private FundSource source;

  @Column(length = 200)
  private String contributor;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "booked_on", nullable = false)
  private LocalDate bookedOn;

  @Column(name = "payment_id")
  private Long paymentId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(length = 500)
  private String note;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected FundEntry() {}

  static FundEntry in(Campaign campaign, Funding funding, String by) {
    FundEntry entry = new FundEntry();
    entry.campaignId = campaign.getId();
    entry.direction = Direction.IN;
    entry.source = funding.source();
    entry.contributor = funding.contributor();
    entry.amount = funding.amount();
    entry.bookedOn = funding.receivedOn();
    entry.processInstanceId = campaign.getProcessInstanceId();
    entry.note = funding.note();
    entry.recordedBy = by;
    return entry;
  }

  static FundEntry out(Payment payment, String note, String by) {
    FundEntry entry = new FundEntry();
    entry.campaignId = payment.getCampaignId();
    entry.direction = Direction.OUT;
    entry.amount = payment.getAmount();
    entry.bookedOn = payment.getPaidOn();
    entry.paymentId = payment.getId();
    entry.processInstanceId = payment.getProcessInstanceId();
    entry.note = note;
    entry.recordedBy = by;
    return entry;
  }

  /** Money recorded for a campaign: where from, who gave it, how much, when it arrived. */
  public record Funding(FundSource source, String contributor, BigDecimal amount, LocalDate receivedOn, String note) {}

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public Direction getDirection() {
    return direction;
  }

  public FundSource getSource() {
    return source;
  }

  public String getContributor() {
    return contributor;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getBookedOn() {
    return bookedOn;
  }

  public Long getPaymentId() {
    return paymentId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
