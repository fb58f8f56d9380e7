package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A problem raised in a visit (an opinion worth acting on) and its own case, a two-visits-issue instance: how it
 * was classified (客观/主观 and a category, 000:85), the route {@code two-visits-issue-routing} chose, where it
 * stands, its due date and whether it is overdue. What was done about it is appended as {@link ProblemStep}s.
 */
@Entity
@Table(name = "two_visits_problem")
public class Problem {

  /** Where the problem was heard. */
  public enum Source {
    DEPARTMENT("走访教研组（部门）"),
    HOME("入户走访");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** 客观 or 主观 (000:85 "从客观和主观方面进行归类"). */
  public enum Nature {
    OBJECTIVE("客观"),
    SUBJECTIVE("主观");

    private final String label;

    Nature(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The category a union files a problem under (the source gives none; 绩效工资 is its own, 000:75). */
  public enum Category {
    PERFORMANCE_PAY("绩效工资"),
    PAY_AND_BENEFITS("工资福利待遇"),
    TEACHING("教育教学"),
    WORKING_CONDITIONS("工作条件"),
    LIVING_HARDSHIP("生活困难"),
    HEALTH("身心健康"),
    DEMOCRATIC_MANAGEMENT("民主管理"),
    OTHER("其他");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The outputs of {@code two-visits-issue-routing}. */
  public enum Route {
    UNION_SOLVES("工会自行解决"),
    REPORT_TO_ADMINISTRATION("向本单位行政部门汇报"),
    REPORT_TO_SUPERIOR("向上级部门汇报");

    private final String label;

    Route(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where a problem stands. */
  public enum Status {
    OPEN("待归类"),
    UNION_SOLVING("工会解决中"),
    REPORTED("已上报，待答复"),
    ASSISTING("协助解决中"),
    SOLVED("已解决"),
    CLOSED("已结案（未解决）");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean isEnded() {
      return this == SOLVED || this == CLOSED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "org_unit_code", nullable = false, length = 64)
  private String orgUnitCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, length = 16)
  private Source source;

  @Column(name = "source_id", nullable = false)
  private long sourceId;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "raised_on", nullable = false)
  private LocalDate raisedOn;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Nature nature;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Route route;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "reported_to_unit", length = 64)
  private String reportedToUnit;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "raised_by", length = 64)
  private String raisedBy;

  @Version
  @Column(nullable = false)
  private long version;

  protected Problem() {}

  Problem(long campaignId, String orgUnitCode, Source source, long sourceId, String description, LocalDate raisedOn,
      LocalDate dueDate, String raisedBy) {
    this.campaignId = campaignId;
    this.orgUnitCode = orgUnitCode;
    this.source = source;
    this.sourceId = sourceId;
    this.description = description;
    this.raisedOn = raisedOn;
    this.dueDate = dueDate;
    this.raisedBy = raisedBy;
  }

  void linkCase(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void classify(Nature nature, Category category) {
    this.nature = nature;
    this.category = category;
  }

  void route(Route route) {
    this.route = route;
    this.status = route == Route.UNION_SOLVES ? Status.UNION_SOLVING : Status.REPORTED;
  }

  void reportedTo(String unitCode) {
    this.reportedToUnit = unitCode;
  }

  void status(Status status) {
    this.status = status;
    if (status.isEnded()) {
      this.closedAt = Instant.now();
    }
  }

  void flagOverdue() {
    this.overdue = true;
  }

  /** Overdue as a list shows it: flagged by the timer, or past its due date and not ended. */
  public boolean isOverdueOn(LocalDate today) {
    return !status.isEnded() && (overdue || today.isAfter(dueDate));
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOrgUnitCode() {
    return orgUnitCode;
  }

  public Source getSource() {
    return source;
  }

  public long getSourceId() {
    return sourceId;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getRaisedOn() {
    return raisedOn;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Nature getNature() {
    return nature;
  }

  public Category getCategory() {
    return category;
  }

  public Route getRoute() {
    return route;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public String getReportedToUnit() {
    return reportedToUnit;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
