package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Phase 2: the visit to one department or teaching group the union listed (000:75-77, e.g. 语、数教研组): date,
 * form (个别访谈, 座谈会 or both), people reached, the opinions heard and those on the 绩效工资 scheme.
 */
@Entity
@Table(name = "two_visits_department_visit")
public class DepartmentVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(nullable = false, length = 100)
  private String department;

  @Column(name = "visit_date")
  private LocalDate visitDate;

  @Column(name = "visit_form", length = 16)
  private String visitForm;

  @Column(name = "people_reached")
  private Integer peopleReached;

  @Column(length = 4000)
  private String opinions;

  @Column(name = "pay_opinions", length = 2000)
  private String payOpinions;

  @Column(nullable = false)
  private boolean done;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected DepartmentVisit() {}

  DepartmentVisit(long campaignId, String department) {
    this.campaignId = campaignId;
    this.department = department;
  }

  void visited(LocalDate date, String form, int people, String opinions, String payOpinions, String user) {
    this.visitDate = date;
    this.visitForm = form;
    this.peopleReached = people;
    this.opinions = opinions;
    this.payOpinions = payOpinions;
    this.done = true;
    this.recordedBy = user;
    this.recordedAt = Instant.now();
  }

  /** 「个别访谈」「座谈会」「个别访谈、座谈会」. */
  public static String formLabel(String form) {
    if (form == null) {
      return "";
    }
    return switch (form) {
      case "INTERVIEW" -> "个别访谈";
      case "FORUM" -> "座谈会";
      default -> "个别访谈、座谈会";
    };
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public String getDepartment() {
    return department;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public String getVisitForm() {
    return visitForm;
  }

  public Integer getPeopleReached() {
    return peopleReached;
  }

  public String getOpinions() {
    return opinions;
  }

  public String getPayOpinions() {
    return payOpinions;
  }

  public boolean isDone() {
    return done;
  }
}
