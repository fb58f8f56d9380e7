package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One "八有" check of a founded union (source 000:169) and what was missing. */
@Entity
@Table(name = "eight_haves_check")
public class EightHavesCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(name = "has_nameplate", nullable = false)
  private boolean hasNameplate;

  @Column(name = "has_approval", nullable = false)
  private boolean hasApproval;

  @Column(name = "has_seal", nullable = false)
  private boolean hasSeal;

  @Column(name = "has_funds", nullable = false)
  private boolean hasFunds;

  @Column(name = "has_premises", nullable = false)
  private boolean hasPremises;

  @Column(name = "has_rules", nullable = false)
  private boolean hasRules;

  @Column(name = "has_activities", nullable = false)
  private boolean hasActivities;

  @Column(name = "has_archives", nullable = false)
  private boolean hasArchives;

  @Column(length = 200)
  private String missing;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt = Instant.now();

  protected EightHavesCheck() {}

  EightHavesCheck(String processInstanceId, long enterpriseId, boolean[] items, String missing, String checkedBy) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.hasNameplate = items[0];
    this.hasApproval = items[1];
    this.hasSeal = items[2];
    this.hasFunds = items[3];
    this.hasPremises = items[4];
    this.hasRules = items[5];
    this.hasActivities = items[6];
    this.hasArchives = items[7];
    this.missing = missing;
    this.checkedBy = checkedBy;
  }

  public String getMissing() {
    return missing;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
