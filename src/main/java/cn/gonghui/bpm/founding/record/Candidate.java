package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Step 5 候选人: a nominee for one position, its approval and (step 6) whether elected. */
@Entity
@Table(name = "founding_candidate")
public class Candidate {

  /** Nominated, approved by everyone who must approve, or returned by one of them. */
  public enum State {
    NOMINATED,
    APPROVED,
    RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "id_number", nullable = false, length = 18)
  private String idNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Position position;

  @Column(name = "owner_or_relative", nullable = false)
  private boolean ownerOrRelative;

  @Column(name = "nomination_method", nullable = false, length = 32)
  private String nominationMethod;

  @Column(name = "party_approved", nullable = false)
  private boolean partyApproved;

  @Column(name = "superior_approved", nullable = false)
  private boolean superiorApproved;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state = State.NOMINATED;

  @Column(nullable = false)
  private boolean elected;

  protected Candidate() {}

  Candidate(String processInstanceId, long enterpriseId, String name, String idNumber, Position position, boolean ownerOrRelative, String method) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.name = name;
    this.idNumber = idNumber;
    this.position = position;
    this.ownerOrRelative = ownerOrRelative;
    this.nominationMethod = method;
  }

  void approvedByParty() {
    partyApproved = true;
  }

  void approvedBySuperior() {
    superiorApproved = true;
  }

  void setState(State state) {
    this.state = state;
  }

  void elected() {
    elected = true;
  }

  void notElected() {
    elected = false;
  }

  public boolean isOwnerOrRelative() {
    return ownerOrRelative;
  }

  public String getNominationMethod() {
    return nominationMethod;
  }

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public Position getPosition() {
    return position;
  }

  public boolean isPartyApproved() {
    return partyApproved;
  }

  public boolean isSuperiorApproved() {
    return superiorApproved;
  }

  public State getState() {
    return state;
  }

  public boolean isElected() {
    return elected;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
