package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One 双走访 campaign (one process instance of two-visits-campaign): a grassroots union's school year from its
 * start date (default 10月1日) to its end (次年6月30日), the phase it is in and how it ended. Every record of the
 * campaign names it.
 */
@Entity(name = "TwoVisitsCampaign")
@Table(name = "two_visits_campaign")
public class Campaign {

  /** How a campaign stands. */
  public enum Status {
    OPEN("进行中"),
    COMPLETED("已完成"),
    CANCELLED("已撤销");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(name = "org_unit_code", nullable = false, length = 64)
  private String orgUnitCode;

  @Column(name = "superior_unit_code", length = 64)
  private String superiorUnitCode;

  @Column(name = "campaign_year", nullable = false)
  private int campaignYear;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "festival_date", nullable = false)
  private LocalDate festivalDate;

  @Column(name = "current_phase", nullable = false)
  private int currentPhase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "launched_by", length = 64)
  private String launchedBy;

  @Column(name = "launched_by_unit", length = 64)
  private String launchedByUnit;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "ended_at")
  private Instant endedAt;

  protected Campaign() {}

  Campaign(String processInstanceId, String orgUnitCode, String superiorUnitCode, CampaignSchedule schedule,
      String launchedBy, String launchedByUnit) {
    this.processInstanceId = processInstanceId;
    this.orgUnitCode = orgUnitCode;
    this.superiorUnitCode = superiorUnitCode;
    this.campaignYear = schedule.startDate().getYear();
    this.startDate = schedule.startDate();
    this.endDate = schedule.endDate();
    this.festivalDate = schedule.festivalDate();
    this.launchedBy = launchedBy;
    this.launchedByUnit = launchedByUnit;
  }

  void enterPhase(int phase) {
    this.currentPhase = phase;
  }

  void end(Status status) {
    if (this.status == Status.OPEN) {
      this.status = status;
      this.endedAt = Instant.now();
    }
  }

  /** 「2026—2027学年」. */
  public String label() {
    return label(campaignYear);
  }

  public static String label(int year) {
    return year + "—" + (year + 1) + "学年";
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOrgUnitCode() {
    return orgUnitCode;
  }

  public String getSuperiorUnitCode() {
    return superiorUnitCode;
  }

  public int getCampaignYear() {
    return campaignYear;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public LocalDate getFestivalDate() {
    return festivalDate;
  }

  public int getCurrentPhase() {
    return currentPhase;
  }

  public Status getStatus() {
    return status;
  }

  public String getLaunchedBy() {
    return launchedBy;
  }

  public String getLaunchedByUnit() {
    return launchedByUnit;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
