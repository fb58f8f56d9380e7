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

/** One material of one round of 核对申报材料: what the table requires and how the original was handled. */
@Entity
@Table(name = "scholarship_material_check")
public class MaterialCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Material material;

  @Enumerated(EnumType.STRING)
  @Column(name = "required_handling", nullable = false, length = 20)
  private Handling requiredHandling;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Handling handling;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt = Instant.now();

  protected MaterialCheck() {}

  MaterialCheck(Application application, int round, Material material, Handling required, Handling handling, String by) {
    this.applicationId = application.getId();
    this.processInstanceId = application.getProcessInstanceId();
    this.round = round;
    this.material = material;
    this.requiredHandling = required;
    this.handling = handling;
    this.checkedBy = by;
  }

  public int getRound() {
    return round;
  }

  public Material getMaterial() {
    return material;
  }

  public Handling getRequiredHandling() {
    return requiredHandling;
  }

  public Handling getHandling() {
    return handling;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }
}
