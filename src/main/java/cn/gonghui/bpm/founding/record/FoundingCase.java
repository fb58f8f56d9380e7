package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One founding case (one process instance of union-founding) for one enterprise: when and by whom it was
 * started, how it ended, and the founding's own state (a rectification overdue). An enterprise whose
 * founding was refused and started again has two cases; every step record names its case.
 */
@Entity
@Table(name = "founding_case")
public class FoundingCase {

  /** How a case stands. */
  public enum Outcome {
    OPEN("办理中"),
    REFUSED("未获批准"),
    JOINED_JOINT_UNION("已加入联合工会"),
    FOUNDED("已建会"),
    STANDARD_MET("规范化建设达标");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Outcome outcome = Outcome.OPEN;

  @Column(name = "rectification_overdue", nullable = false)
  private boolean rectificationOverdue;

  @Column(name = "started_by", length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "ended_at")
  private Instant endedAt;

  protected FoundingCase() {}

  FoundingCase(String processInstanceId, long enterpriseId, String startedBy) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.startedBy = startedBy;
  }

  void outcome(Outcome outcome, boolean ended) {
    this.outcome = outcome;
    if (ended && endedAt == null) {
      this.endedAt = Instant.now();
    }
    if (outcome == Outcome.STANDARD_MET) {
      this.rectificationOverdue = false;
    }
  }

  void rectificationOverdue() {
    this.rectificationOverdue = true;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public long getEnterpriseId() {
    return enterpriseId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public boolean isRectificationOverdue() {
    return rectificationOverdue;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
