package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Step 2 建会报告: one row per submission (a returned report is submitted again). */
@Entity
@Table(name = "founding_report")
public class FoundingReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(name = "report_date", nullable = false)
  private LocalDate reportDate;

  @Column(nullable = false, length = 2000)
  private String summary;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt = Instant.now();

  protected FoundingReport() {}

  FoundingReport(String processInstanceId, long enterpriseId, LocalDate reportDate, String summary, String submittedBy) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.reportDate = reportDate;
    this.summary = summary;
    this.submittedBy = submittedBy;
  }

  public LocalDate getReportDate() {
    return reportDate;
  }

  public String getSummary() {
    return summary;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
