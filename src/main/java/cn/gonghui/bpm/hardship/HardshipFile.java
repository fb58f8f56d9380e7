package cn.gonghui.bpm.hardship;

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
 * One household's file in the hardship register (困难职工档案), keyed by the worker's 居民身份证号码 and kept by
 * an org unit. Shared by every process that visits or aids households; they link to it by id and append
 * visits and aid, never overwrite them.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "id_number", nullable = false, length = 18, unique = true)
  private String idNumber;

  @Column(name = "worker_name", nullable = false, length = 50)
  private String workerName;

  @Column(nullable = false, length = 4)
  private String gender;

  @Column(nullable = false, length = 200)
  private String workplace;

  @Column(length = 30)
  private String phone;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(name = "household_size", nullable = false)
  private int householdSize;

  @Column(name = "monthly_income", nullable = false, precision = 12, scale = 2)
  private BigDecimal monthlyIncome;

  @Column(name = "per_capita_monthly_income", nullable = false, precision = 12, scale = 2)
  private BigDecimal perCapitaMonthlyIncome;

  @Column(name = "subsistence_line", nullable = false, precision = 12, scale = 2)
  private BigDecimal subsistenceLine;

  @Column(name = "sudden_hardship", nullable = false)
  private boolean suddenHardship;

  @Column(nullable = false, length = 500)
  private String cause;

  @Column(length = 500)
  private String illness;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private HardshipCategory category;

  @Column(name = "keeping_unit_code", nullable = false, length = 64)
  private String keepingUnitCode;

  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version
  @Column(nullable = false)
  private long version;

  protected HardshipFile() {}

  HardshipFile(String idNumber, String keepingUnitCode, String createdBy) {
    this.idNumber = idNumber;
    this.keepingUnitCode = keepingUnitCode;
    this.createdBy = createdBy;
  }

  void describe(HouseholdDetails d, BigDecimal perCapita, BigDecimal line, HardshipCategory category, String user) {
    this.workerName = d.workerName();
    this.gender = d.gender();
    this.workplace = d.workplace();
    this.phone = d.phone();
    this.address = d.address();
    this.householdSize = d.householdSize();
    this.monthlyIncome = d.monthlyIncome();
    this.perCapitaMonthlyIncome = perCapita;
    this.subsistenceLine = line;
    this.suddenHardship = d.suddenHardship();
    this.cause = d.cause();
    this.illness = d.illness();
    this.category = category;
    this.updatedBy = user;
    this.updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getWorkerName() {
    return workerName;
  }

  public String getGender() {
    return gender;
  }

  public String getWorkplace() {
    return workplace;
  }

  public String getPhone() {
    return phone;
  }

  public String getAddress() {
    return address;
  }

  public int getHouseholdSize() {
    return householdSize;
  }

  public BigDecimal getMonthlyIncome() {
    return monthlyIncome;
  }

  public BigDecimal getPerCapitaMonthlyIncome() {
    return perCapitaMonthlyIncome;
  }

  public BigDecimal getSubsistenceLine() {
    return subsistenceLine;
  }

  public boolean isSuddenHardship() {
    return suddenHardship;
  }

  public String getCause() {
    return cause;
  }

  public String getIllness() {
    return illness;
  }

  public HardshipCategory getCategory() {
    return category;
  }

  public String getKeepingUnitCode() {
    return keepingUnitCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
