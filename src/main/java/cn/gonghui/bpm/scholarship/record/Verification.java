package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 入户调查核实: the visit of two of the aid centre's staff (000:561 "组织专人"), its findings and the verdict. */
@Entity
@Table(name = "scholarship_verification")
public class Verification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "visit_date", nullable = false)
  private LocalDate visitDate;

  @Column(name = "visitor_one", nullable = false, length = 50)
  private String visitorOne;

  @Column(name = "visitor_two", nullable = false, length = 50)
  private String visitorTwo;

  @Column(nullable = false, length = 2000)
  private String findings;

  @Column(nullable = false)
  private boolean verified;

  @Column(length = 500)
  private String reason;

  @Column(name = "hardship_file_id")
  private Long hardshipFileId;

  @Column(name = "file_created", nullable = false)
  private boolean fileCreated;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Verification() {}

  Verification(Application application, Visit visit, Long fileId, boolean fileCreated, String by) {
    this.applicationId = application.getId();
    this.processInstanceId = application.getProcessInstanceId();
    this.visitDate = visit.date();
    this.visitorOne = visit.visitorOne();
    this.visitorTwo = visit.visitorTwo();
    this.findings = visit.findings();
    this.verified = visit.verified();
    this.reason = visit.reason();
    this.hardshipFileId = fileId;
    this.fileCreated = fileCreated;
    this.recordedBy = by;
  }

  /** What the visitors report. */
  public record Visit(LocalDate date, String visitorOne, String visitorTwo, String findings, boolean verified, String reason) {}

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public String getVisitorOne() {
    return visitorOne;
  }

  public String getVisitorTwo() {
    return visitorTwo;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getReason() {
    return reason;
  }

  public Long getHardshipFileId() {
    return hardshipFileId;
  }

  public boolean isFileCreated() {
    return fileCreated;
  }
}
