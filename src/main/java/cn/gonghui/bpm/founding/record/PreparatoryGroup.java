package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Step 1 工会筹备组: how it was formed (party nomination or consultation). */
@Entity
@Table(name = "founding_preparatory_group")
public class PreparatoryGroup {

  /** 由同级党组织提出 / 由上级工会与职工和企业代表共同协商 (source 000:167, step 1). */
  public enum Route {
    PARTY_NOMINATION,
    CONSULTATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The case: one preparatory group per founding case (unique). */
  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(nullable = false, length = 32)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Route route;

  @Column(name = "party_organisation_name", length = 200)
  private String partyOrganisationName;

  @Column(name = "agreed_on", nullable = false)
  private LocalDate agreedOn;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected PreparatoryGroup() {}

  PreparatoryGroup(String processInstanceId, long enterpriseId, Route route, String partyOrganisationName, LocalDate agreedOn, String recordedBy) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.route = route;
    this.partyOrganisationName = partyOrganisationName;
    this.agreedOn = agreedOn;
    this.recordedBy = recordedBy;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Route getRoute() {
    return route;
  }

  public String getPartyOrganisationName() {
    return partyOrganisationName;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }
}
