package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One thing done about a problem, appended: classified, a measure, a report with its proposal, an answer, … */
@Entity
@Table(name = "two_visits_problem_step")
public class ProblemStep {

  /** What was done. */
  public enum Kind {
    CLASSIFIED("归类"),
    MEASURE("解决办法"),
    REPORTED_TO_ADMINISTRATION("向本单位行政部门汇报"),
    REPORTED_TO_SUPERIOR("向上级工会汇报"),
    ANSWERED("上级答复"),
    ASSISTED("协助解决"),
    SOLVED("已解决"),
    CLOSED("结案（未解决）"),
    OVERDUE("逾期");

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

  @Column(name = "problem_id", nullable = false)
  private long problemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kind kind;

  @Column(nullable = false, length = 4000)
  private String text;

  @Column(name = "step_date")
  private LocalDate stepDate;

  @Column(name = "unit_code", length = 64)
  private String unitCode;

  @Column(name = "done_by", length = 64)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt = Instant.now();

  protected ProblemStep() {}

  ProblemStep(long problemId, Kind kind, String text, LocalDate stepDate, String unitCode, String doneBy) {
    this.problemId = problemId;
    this.kind = kind;
    this.text = text;
    this.stepDate = stepDate;
    this.unitCode = unitCode;
    this.doneBy = doneBy;
  }

  public long getProblemId() {
    return problemId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public LocalDate getStepDate() {
    return stepDate;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
