package cn.gonghui.bpm.founding.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Step 3 宣传: what the preparatory group did to inform the employees. */
@Entity
@Table(name = "founding_publicity")
public class Publicity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(name = "publicity_date", nullable = false)
  private LocalDate publicityDate;

  @Column(nullable = false, length = 1000)
  private String means;

  @Column(name = "employees_reached", nullable = false)
  private int employeesReached;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Publicity() {}

  Publicity(String processInstanceId, long enterpriseId, LocalDate publicityDate, String means, int employeesReached, String recordedBy) {
    this.processInstanceId = processInstanceId;
    this.enterpriseId = enterpriseId;
    this.publicityDate = publicityDate;
    this.means = means;
    this.employeesReached = employeesReached;
    this.recordedBy = recordedBy;
  }

  public String getMeans() {
    return means;
  }

  public int getEmployeesReached() {
    return employeesReached;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
