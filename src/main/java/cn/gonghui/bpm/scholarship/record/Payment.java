package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One payment of a grant (its first, second … year), charged to the funds of the campaign that pays it and
 * written to the household's file in the register (hardship_aid).
 */
@Entity
@Table(name = "scholarship_payment")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "grant_id", nullable = false)
  private long grantId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "year_index", nullable = false)
  private int yearIndex;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(nullable = false, length = 20)
  private String method;

  @Column(nullable = false, length = 50)
  private String voucher;

  @Column(name = "hardship_aid_id", nullable = false)
  private long hardshipAidId;

  @Column(name = "paid_by", length = 64)
  private String paidBy;

  @Column(name = "paid_at", nullable = false)
  private Instant paidAt = Instant.now();

  protected Payment() {}

  Payment(Grant grant, String processInstanceId, long campaignId, int yearIndex, LocalDate paidOn, String method, String voucher,
      long hardshipAidId, String by) {
    this.grantId = grant.getId();
    this.processInstanceId = processInstanceId;
    this.campaignId = campaignId;
    this.yearIndex = yearIndex;
    this.amount = grant.getAmount();
    this.paidOn = paidOn;
    this.method = method;
    this.voucher = voucher;
    this.hardshipAidId = hardshipAidId;
    this.paidBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getGrantId() {
    return grantId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public int getYearIndex() {
    return yearIndex;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getMethod() {
    return method;
  }

  public String getVoucher() {
    return voucher;
  }

  public long getHardshipAidId() {
    return hardshipAidId;
  }
}
