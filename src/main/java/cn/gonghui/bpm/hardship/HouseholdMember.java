package cn.gonghui.bpm.hardship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of a household besides the worker: name, relation, age, work or school, health. */
@Entity
@Table(name = "hardship_member")
public class HouseholdMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Column(nullable = false, length = 50)
  private String name;

  @Column(nullable = false, length = 20)
  private String relation;

  @Column(nullable = false)
  private int age;

  @Column(nullable = false, length = 100)
  private String occupation;

  @Column(length = 200)
  private String health;

  protected HouseholdMember() {}

  HouseholdMember(long fileId, HouseholdDetails.Member m) {
    this.fileId = fileId;
    this.name = m.name();
    this.relation = m.relation();
    this.age = m.age();
    this.occupation = m.occupation();
    this.health = m.health();
  }

  public String getName() {
    return name;
  }

  public String getRelation() {
    return relation;
  }

  public int getAge() {
    return age;
  }

  public String getOccupation() {
    return occupation;
  }

  public String getHealth() {
    return health;
  }
}
