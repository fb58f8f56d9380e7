package cn.gonghui.bpm.hardship;

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
 * One aid paid to a household by a process (a 金秋助学 grant, a 年关慰问 …): kind, case, beneficiary, year,
 * amount. Appended, never changed: repeated aid across processes and years stays visible.
 */
@Entity
@Table(name = "hardship_aid")
public class HardshipAid {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AidKind kind;

  @Column(name = "process_key", nullable = false, length = 100)
  private String processKey;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "beneficiary_name", length = 50)
  private String beneficiaryName;

  @Column(name = "beneficiary_id_number", length = 18)
  private String beneficiaryIdNumber;

  @Column(name = "aid_year", nullable = false)
  private int year;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(length = 500)
  private String note;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected HardshipAid() {}

  HardshipAid(long fileId, Aid aid, String recordedBy) {
    this.fileId = fileId;
    this.kind = aid.kind();
    this.processKey = aid.processKey();
    this.processInstanceId = aid.processInstanceId();
    this.beneficiaryName = aid.beneficiaryName();
    this.beneficiaryIdNumber = aid.beneficiaryIdNumber();
    this.year = aid.year();
    this.amount = aid.amount();
    this.paidOn = aid.paidOn();
    this.note = aid.note();
    this.recordedBy = recordedBy;
  }

  /** What a process pays: kind, its case, the beneficiary (a student; null for the household), year, amount. */
  public record Aid(
      AidKind kind,
      String processKey,
      String processInstanceId,
      String beneficiaryName,
      String beneficiaryIdNumber,
      int year,
      BigDecimal amount,
      LocalDate paidOn,
      String note) {}

  public Long getId() {
    return id;
  }

  public long getFileId() {
    return fileId;
  }

  public AidKind getKind() {
    return kind;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getBeneficiaryName() {
    return beneficiaryName;
  }

  public String getBeneficiaryIdNumber() {
    return beneficiaryIdNumber;
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getNote() {
    return note;
  }
}
