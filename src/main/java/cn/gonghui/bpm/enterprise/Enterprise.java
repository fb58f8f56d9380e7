package cn.gonghui.bpm.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One enterprise in a community's ledger (企业台帐): its details and where it stands with its union
 * (未建会, 组建中, 已建会, 达标). Cases about the enterprise keep their own records and link to it by id.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "credit_code", nullable = false, length = 18, unique = true)
  private String creditCode;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(name = "owner_name", nullable = false, length = 100)
  private String ownerName;

  @Column(name = "employee_count", nullable = false)
  private int employeeCount;

  @Column(name = "female_employee_count", nullable = false)
  private int femaleEmployeeCount;

  @Column(name = "member_count", nullable = false)
  private int memberCount;

  @Column(name = "has_party_organisation", nullable = false)
  private boolean hasPartyOrganisation;

  @Column(name = "community_code", nullable = false, length = 64)
  private String communityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnterpriseStatus status = EnterpriseStatus.NOT_FOUNDED;

  @Column(name = "union_code", length = 64)
  private String unionCode;

  @Column(name = "joint_union_name", length = 200)
  private String jointUnionName;

  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version
  @Column(nullable = false)
  private long version;

  protected Enterprise() {}

  public Enterprise(String creditCode, String communityCode, String createdBy) {
    this.creditCode = creditCode;
    this.communityCode = communityCode;
    this.createdBy = createdBy;
  }

  /** Updates the ledger details; the caller has validated them. */
  public void describe(
      String name,
      String address,
      String ownerName,
      int employeeCount,
      int femaleEmployeeCount,
      boolean hasPartyOrganisation) {
    this.name = name;
    this.address = address;
    this.ownerName = ownerName;
    this.employeeCount = employeeCount;
    this.femaleEmployeeCount = femaleEmployeeCount;
    this.hasPartyOrganisation = hasPartyOrganisation;
    touch();
  }

  void foundingUnderway() {
    this.status = EnterpriseStatus.FOUNDING;
    touch();
  }

  void foundingStopped() {
    this.status = EnterpriseStatus.NOT_FOUNDED;
    touch();
  }

  void founded(String unionCode) {
    this.status = EnterpriseStatus.FOUNDED;
    this.unionCode = unionCode;
    touch();
  }

  void joinedJointUnion(String jointUnionName) {
    this.status = EnterpriseStatus.FOUNDED;
    this.jointUnionName = jointUnionName;
    touch();
  }

  void standardMet() {
    this.status = EnterpriseStatus.STANDARD_MET;
    touch();
  }

  void setMemberCount(int memberCount) {
    this.memberCount = memberCount;
    touch();
  }

  private void touch() {
    this.updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getAddress() {
    return address;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public int getEmployeeCount() {
    return employeeCount;
  }

  public int getFemaleEmployeeCount() {
    return femaleEmployeeCount;
  }

  public int getMemberCount() {
    return memberCount;
  }

  public boolean isHasPartyOrganisation() {
    return hasPartyOrganisation;
  }

  public String getCommunityCode() {
    return communityCode;
  }

  public EnterpriseStatus getStatus() {
    return status;
  }

  public String getStatusLabel() {
    return status.label();
  }

  public String getUnionCode() {
    return unionCode;
  }

  public String getJointUnionName() {
    return jointUnionName;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
