package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The figures the system counted for the 学年工作总结 when the union wrote it (the text is its document). */
@Entity
@Table(name = "two_visits_summary")
public class Summary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "department_visits", nullable = false)
  private int departmentVisits;

  @Column(name = "people_reached", nullable = false)
  private int peopleReached;

  @Column(name = "home_visits", nullable = false)
  private int homeVisits;

  @Column(name = "households_filed", nullable = false)
  private int householdsFiled;

  @Column(nullable = false)
  private int problems;

  @Column(name = "problems_solved", nullable = false)
  private int problemsSolved;

  @Column(name = "problems_closed", nullable = false)
  private int problemsClosed;

  @Column(name = "problems_open", nullable = false)
  private int problemsOpen;

  @Column(name = "relief_recipients", nullable = false)
  private int reliefRecipients;

  @Column(name = "relief_amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal reliefAmount;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Summary() {}

  Summary(long campaignId, long documentId, Figures f) {
    this.campaignId = campaignId;
    this.documentId = documentId;
    this.departmentVisits = f.departmentVisitsDone();
    this.peopleReached = f.peopleReached();
    this.homeVisits = f.homeVisitsDone();
    this.householdsFiled = f.householdsFiled();
    this.problems = f.problems();
    this.problemsSolved = f.problemsByStatus().getOrDefault(Problem.Status.SOLVED.name(), 0L).intValue();
    this.problemsClosed = f.problemsByStatus().getOrDefault(Problem.Status.CLOSED.name(), 0L).intValue();
    this.problemsOpen = f.problems() - problemsSolved - problemsClosed;
    this.reliefRecipients = f.reliefHouseholds() + f.reliefRetirees();
    this.reliefAmount = f.reliefAmount();
  }

  public long getDocumentId() {
    return documentId;
  }

  public int getDepartmentVisits() {
    return departmentVisits;
  }

  public int getPeopleReached() {
    return peopleReached;
  }

  public int getHomeVisits() {
    return homeVisits;
  }

  public int getHouseholdsFiled() {
    return householdsFiled;
  }

  public int getProblems() {
    return problems;
  }

  public int getProblemsSolved() {
    return problemsSolved;
  }

  public int getProblemsClosed() {
    return problemsClosed;
  }

  public int getProblemsOpen() {
    return problemsOpen;
  }

  public int getReliefRecipients() {
    return reliefRecipients;
  }

  public BigDecimal getReliefAmount() {
    return reliefAmount;
  }
}
