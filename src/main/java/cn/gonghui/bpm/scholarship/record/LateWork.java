package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Work of a campaign not done in its phase (a union's 摸底, a verification, a payment), for the county's managers. */
@Entity
@Table(name = "scholarship_late_work")
public class LateWork {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private LateKind kind;

  /** What is late: a union's name, an application's number. */
  @Column(nullable = false, length = 100)
  private String subject;

  /** Who is late: the unit (or body) the work is offered to. */
  @Column(name = "unit_code", length = 64)
  private String unitCode;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "flagged_at", nullable = false)
  private Instant flaggedAt = Instant.now();

  protected LateWork() {}

  LateWork(long campaignId, LateKind kind, String subject, String unitCode, String processInstanceId, Instant dueAt) {
    this.campaignId = campaignId;
    this.kind = kind;
    this.subject = subject;
    this.unitCode = unitCode;
    this.processInstanceId = processInstanceId;
    this.dueAt = dueAt;
  }

  public LateKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getFlaggedAt() {
    return flaggedAt;
  }
}
