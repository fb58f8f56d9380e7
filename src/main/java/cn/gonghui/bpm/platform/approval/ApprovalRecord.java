package cn.gonghui.bpm.platform.approval;

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
 * One decision on one approval task: the case it belongs to (process instance), the task, what was
 * decided on, by whom, for which unit, when, and the reason of a return or refusal. Appended, never
 * changed: a case that is returned twice has two records.
 */
@Entity
@Table(name = "approval_record")
public class ApprovalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "process_key", nullable = false, length = 100)
  private String processKey;

  @Column(name = "task_id", length = 64)
  private String taskId;

  @Column(name = "task_key", length = 100)
  private String taskKey;

  /** The task a return sends the case back to (its key), as the approval task declares it. */
  @Column(name = "return_to", length = 100)
  private String returnTo;

  /** What was decided on, in Chinese (建会报告, 选举结果 …). */
  @Column(nullable = false, length = 100)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Decision decision;

  @Column(length = 1000)
  private String reason;

  /** The unit (or body) the task was offered to. */
  @Column(name = "unit_code", length = 64)
  private String unitCode;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt = Instant.now();

  protected ApprovalRecord() {}

  ApprovalRecord(
      String processInstanceId,
      String processKey,
      String taskId,
      String taskKey,
      String returnTo,
      String subject,
      Decision decision,
      String reason,
      String unitCode,
      String decidedBy) {
    this.processInstanceId = processInstanceId;
    this.processKey = processKey;
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.returnTo = returnTo;
    this.subject = subject;
    this.decision = decision;
    this.reason = reason;
    this.unitCode = unitCode;
    this.decidedBy = decidedBy;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public String getReturnTo() {
    return returnTo;
  }

  public String getSubject() {
    return subject;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
