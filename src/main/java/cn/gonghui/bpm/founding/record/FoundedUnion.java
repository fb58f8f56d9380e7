package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Step 8 宣布成立: the new grassroots union with the superior union's approval number (批复文号). */
@Entity
@Table(name = "founded_union")
public class FoundedUnion {

  @Id
  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id")
  private long enterpriseId;

  @Column(name = "union_code", nullable = false, length = 64)
  private String unionCode;

  @Column(name = "approval_number", nullable = false, length = 100)
  private String approvalNumber;

  @Column(name = "founded_at", nullable = false)
  private Instant foundedAt = Instant.now();

  @Column(name = "standard_met_at")
  private Instant standardMetAt;

  protected FoundedUnion() {}

  FoundedUnion(String processInstanceId, long enterpriseId, String unionCode, String approvalNumber) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.unionCode = unionCode;
    this.approvalNumber = approvalNumber;
  }

  void standardMet() {
    this.standardMetAt = Instant.now();
  }

  public String getUnionCode() {
    return unionCode;
  }

  public String getApprovalNumber() {
    return approvalNumber;
  }

  public Instant getFoundedAt() {
    return foundedAt;
  }

  public Instant getStandardMetAt() {
    return standardMetAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
