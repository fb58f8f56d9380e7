package cn.gonghui.bpm.hardship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One visit to a household, by any process (a 双走访 home visit, a 金秋助学 verification …), with its case. */
@Entity
@Table(name = "hardship_visit")
public class HardshipVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Column(name = "process_key", length = 100)
  private String processKey;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "visit_date", nullable = false)
  private LocalDate visitDate;

  @Column(nullable = false, length = 200)
  private String visitors;

  @Column(nullable = false, length = 2000)
  private String findings;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected HardshipVisit() {}

  HardshipVisit(long fileId, String processKey, String processInstanceId, LocalDate visitDate, String visitors, String findings, String recordedBy) {
    this.fileId = fileId;
    this.processKey = processKey;
    this.processInstanceId = processInstanceId;
    this.visitDate = visitDate;
    this.visitors = visitors;
    this.findings = findings;
    this.recordedBy = recordedBy;
  }

  public long getFileId() {
    return fileId;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public String getVisitors() {
    return visitors;
  }

  public String getFindings() {
    return findings;
  }
}
