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

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 100)
  private String represents;

  protected PreparatoryMember() {}

  PreparatoryMember(String processInstanceId, long enterpriseId, String name, String represents) {
    this.processInstanceId = processInstanceId;
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

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
