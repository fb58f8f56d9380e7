package cn.gonghui.bpm.scholarship.record;

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
 * One 金秋助学 application (one process instance of scholarship-application) within a campaign: the parent who
 * applies (困难职工 or 农民工, 000:539) and the student who benefits (歧义17), the unit that registered it, the
 * 初步认定 with its inputs and the table's reason, the 申请表, the household's file in the register, the notice
 * and where the case stands. The rounds of the checklist, the visit, the ranking and the payments are records of
 * their own.
 */
@Entity
@Table(name = "scholarship_application")
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(nullable = false)
  private int seq;

  @Column(name = "app_number", nullable = false, length = 20)
  private String number;

  @Column(name = "registered_unit", nullable = false, length = 64)
  private String registeredUnit;

  @Column(name = "registered_by", length = 64)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt = Instant.now();

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_type", nullable = false, length = 20)
  private ApplicantType applicantType;

  @Column(name = "applicant_name", nullable = false, length = 50)
  private String applicantName;

  @Column(name = "applicant_id_number", nullable = false, length = 18)
  private String applicantIdNumber;

  @Column(name = "student_name", nullable = false, length = 50)
  private String studentName;

  @Column(name = "student_id_number", nullable = false, length = 18)
  private String studentIdNumber;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Step step = Step.MATERIALS;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Outcome outcome = Outcome.OPEN;

  @Column(name = "outcome_reason", length = 500)
  private String outcomeReason;

  @Column(name = "current_graduate")
  private Boolean currentGraduate;

  @Enumerated(EnumType.STRING)
  @Column(name = "admission_batch", length = 16)
  private AdmissionBatch admissionBatch;

  @Column(name = "formally_admitted")
  private Boolean formallyAdmitted;

  @Column(name = "good_grades")
  private Boolean goodGrades;

  @Column(name = "county_hukou")
  private Boolean countyHukou;

  @Enumerated(EnumType.STRING)
  @Column(name = "hardship_cause", length = 32)
  private HardshipCause hardshipCause;

  @Column(name = "previously_funded")
  private Boolean previouslyFunded;

  private Boolean eligible;

  @Column(name = "eligibility_reason", length = 200)
  private String eligibilityReason;

  @Column(name = "determined_by", length = 64)
  private String determinedBy;

  @Column(name = "determined_at")
  private Instant determinedAt;

  @Column(length = 100)
  private String university;

  @Column(length = 100)
  private String major;

  @Column(name = "programme_years")
  private Integer programmeYears;

  @Column(name = "gaokao_score")
  private Integer gaokaoScore;

  @Column(name = "family_situation", length = 2000)
  private String familySituation;

  @Column(name = "publicity_consent")
  private Boolean publicityConsent;

  @Column(name = "form_submitted_by", length = 64)
  private String formSubmittedBy;

  @Column(name = "form_submitted_at")
  private Instant formSubmittedAt;

  @Column(name = "hardship_file_id")
  private Long hardshipFileId;

  @Column(name = "notified_on")
  private LocalDate notifiedOn;

  @Column(name = "notified_how", length = 16)
  private String notifiedHow;

  @Column(name = "notified_by", length = 64)
  private String notifiedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected Application() {}

  Application(long campaignId, String processInstanceId, int seq, String number, String registeredUnit, String registeredBy, Applicant applicant) {
    this.campaignId = campaignId;
    this.processInstanceId = processInstanceId;
    this.seq = seq;
    this.number = number;
    this.registeredUnit = registeredUnit;
    this.registeredBy = registeredBy;
    this.applicantType = applicant.type();
    this.applicantName = applicant.applicantName();
    this.applicantIdNumber = applicant.applicantIdNumber();
    this.studentName = applicant.studentName();
    this.studentIdNumber = applicant.studentIdNumber();
    this.contactPhone = applicant.phone();
  }

  void at(Step next) {
    this.step = next;
    if (next == Step.CLOSED && endedAt == null) {
      endedAt = Instant.now();
    }
  }

  void determined(Determination d, boolean previouslyFunded, boolean eligible, String reason, String by) {
    this.currentGraduate = d.currentGraduate();
    this.admissionBatch = d.admissionBatch();
    this.formallyAdmitted = d.formallyAdmitted();
    this.goodGrades = d.goodGradesAndConduct();
    this.countyHukou = d.countyHukou();
    this.hardshipCause = d.hardshipCause();
    this.previouslyFunded = previouslyFunded;
    this.eligible = eligible;
    this.eligibilityReason = reason;
    this.determinedBy = by;
    this.determinedAt = Instant.now();
  }

  void formSubmitted(ApplicationForm form, String by) {
    this.university = form.university();
    this.major = form.major();
    this.programmeYears = form.programmeYears();
    this.gaokaoScore = form.gaokaoScore();
    this.familySituation = form.familySituation();
    this.publicityConsent = form.publicityConsent();
    this.formSubmittedBy = by;
    this.formSubmittedAt = Instant.now();
  }

  void decided(Outcome decided, String reason) {
    this.outcome = decided;
    this.outcomeReason = reason;
  }

  void linkFile(long fileId) {
    this.hardshipFileId = fileId;
  }

  void notified(LocalDate on, String how, String by) {
    this.notifiedOn = on;
    this.notifiedHow = how;
    this.notifiedBy = by;
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

  public String getNumber() {
    return number;
  }

  public String getRegisteredUnit() {
    return registeredUnit;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public ApplicantType getApplicantType() {
    return applicantType;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public String getApplicantIdNumber() {
    return applicantIdNumber;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getStudentIdNumber() {
    return studentIdNumber;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public Step getStep() {
    return step;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public Boolean getEligible() {
    return eligible;
  }

  public String getEligibilityReason() {
    return eligibilityReason;
  }

  public Boolean getPreviouslyFunded() {
    return previouslyFunded;
  }

  public HardshipCause getHardshipCause() {
    return hardshipCause;
  }

  public AdmissionBatch getAdmissionBatch() {
    return admissionBatch;
  }

  public String getUniversity() {
    return university;
  }

  public String getMajor() {
    return major;
  }

  public Integer getProgrammeYears() {
    return programmeYears;
  }

  public Integer getGaokaoScore() {
    return gaokaoScore;
  }

  public String getFamilySituation() {
    return familySituation;
  }

  public boolean hasPublicityConsent() {
    return Boolean.TRUE.equals(publicityConsent);
  }

  public Long getHardshipFileId() {
    return hardshipFileId;
  }

  public LocalDate getNotifiedOn() {
    return notifiedOn;
  }

  public String getNotifiedHow() {
    return notifiedHow;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
