package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member in a founding case's member roster (会员花名册), from the 入会申请书 and 会员登记表. */
@Entity
@Table(name = "union_member")
public class UnionMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The founding case whose roster this is. */
  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "id_number", nullable = false, length = 18)
  private String idNumber;

  @Column(nullable = false, length = 4)
  private String gender;

  @Column(nullable = false, length = 100)
  private String workshop;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt = Instant.now();

  protected UnionMember() {}

  public UnionMember(String processInstanceId, long enterpriseId, RosterRow row) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.name = row.name();
    this.idNumber = row.idNumber();
    this.gender = row.gender();
    this.workshop = row.workshop();
  }

  public long getEnterpriseId() {
    return enterpriseId;
  }

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getGender() {
    return gender;
  }

  public String getWorkshop() {
    return workshop;
  }
}
