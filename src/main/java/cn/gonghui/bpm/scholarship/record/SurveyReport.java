package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A grassroots union's 调查摸底 (000:569): how many of its workers' children sit this year's gaokao, how many
 * needy students were admitted 二本以上, how many it helped apply, and its own 帮扶救助方案.
 */
@Entity
@Table(name = "scholarship_survey_report")
public class SurveyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "unit_code", nullable = false, length = 64)
  private String unitCode;

  @Column(name = "exam_candidates", nullable = false)
  private int examCandidates;

  @Column(name = "admitted_students", nullable = false)
  private int admittedStudents;

  @Column(nullable = false)
  private int assisted;

  @Column(name = "aid_plan", nullable = false, length = 4000)
  private String aidPlan;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "reported_by", length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt = Instant.now();

  protected SurveyReport() {}

  SurveyReport(long campaignId, String unitCode, int examCandidates, int admittedStudents, int assisted, String aidPlan, boolean late,
      String by) {
    this.campaignId = campaignId;
    this.unitCode = unitCode;
    this.examCandidates = examCandidates;
    this.admittedStudents = admittedStudents;
    this.assisted = assisted;
    this.aidPlan = aidPlan;
    this.late = late;
    this.reportedBy = by;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public int getExamCandidates() {
    return examCandidates;
  }

  public int getAdmittedStudents() {
    return admittedStudents;
  }

  public int getAssisted() {
    return assisted;
  }

  public String getAidPlan() {
    return aidPlan;
  }

  public boolean isLate() {
    return late;
  }
}
