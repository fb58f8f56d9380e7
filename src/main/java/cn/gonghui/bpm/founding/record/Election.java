package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Step 6 选举: the members' (or delegates') assembly; who was elected is on the candidates. */
@Entity
@Table(name = "founding_election")
public class Election {

  /** 会员大会 or 会员代表大会. */
  public enum AssemblyType {
    MEMBERS_ASSEMBLY,
    DELEGATES_ASSEMBLY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "assembly_type", nullable = false, length = 32)
  private AssemblyType assemblyType;

  @Column(name = "election_date", nullable = false)
  private LocalDate electionDate;

  @Column(name = "voters_present", nullable = false)
  private int votersPresent;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Election() {}

  Election(String processInstanceId, long enterpriseId, AssemblyType assemblyType, LocalDate electionDate, int votersPresent, String recordedBy) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.assemblyType = assemblyType;
    this.electionDate = electionDate;
    this.votersPresent = votersPresent;
    this.recordedBy = recordedBy;
  }

  public LocalDate getElectionDate() {
    return electionDate;
  }

  public AssemblyType getAssemblyType() {
    return assemblyType;
  }

  public int getVotersPresent() {
    return votersPresent;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
