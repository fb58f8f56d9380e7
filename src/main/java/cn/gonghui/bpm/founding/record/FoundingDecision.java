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

/** An approver's decision with its reason: on the report, the candidates or the election result. */
@Entity
@Table(name = "founding_decision")
public class FoundingDecision {

  /** What was decided on, and by whom. */
  public enum Subject {
    FOUNDING_REPORT("建会报告"),
    CANDIDATES_PARTY("候选人（党组织）"),
    CANDIDATES_SUPERIOR("候选人（上级工会）"),
    ELECTION_RESULT("选举结果");

    private final String label;

    Subject(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Subject subject;

  @Column(nullable = false, length = 16)
  private String decision;

  @Column(length = 1000)
  private String reason;

  @Column(name = "unit_code", length = 64)
  private String unitCode;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt = Instant.now();

  protected FoundingDecision() {}

  FoundingDecision(long enterpriseId, Subject subject, String decision, String reason, String unitCode, String decidedBy) {
    this.enterpriseId = enterpriseId;
    this.subject = subject;
    this.decision = decision;
    this.reason = reason;
    this.unitCode = unitCode;
    this.decidedBy = decidedBy;
  }

  public Subject getSubject() {
    return subject;
  }

  public String getDecision() {
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
}
