package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the preparatory group (筹备组成员) and whom they represent. */
@Entity
@Table(name = "founding_preparatory_member")
public class PreparatoryMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 100)
  private String represents;

  protected PreparatoryMember() {}

  PreparatoryMember(long enterpriseId, String name, String represents) {
    this.enterpriseId = enterpriseId;
    this.name = name;
    this.represents = represents;
  }

  public String getName() {
    return name;
  }

  public String getRepresents() {
    return represents;
  }
}
