package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.hardship.AidKind;
import cn.gonghui.bpm.hardship.HardshipAid;
import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdDetails;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.SystemDecisions;
import cn.gonghui.bpm.platform.input.FormInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications: registering one in the county's open campaign, the checklist of materials, the 初步认定 by
 * scholarship-eligibility (previouslyFunded from the hardship register; the evaluation leaves no history: its
 * inputs are personal), the 申请表, the 入户调查核实 (a household without a file gets one: 先建档后帮扶), the late
 * end, the notice to the family, the payments (each written to the register and the campaign's fund ledger) and
 * the yearly 在读 check of a Tier A student.
 */
@Service
public class ApplicationService {

  public static final String PROCESS_KEY = "scholarship-application";
  public static final String DECISION_ELIGIBILITY = "scholarship-eligibility";

  /** Outcomes after which the student may apply again in the same campaign (a mistaken 初步认定 is mended so). */
  static final EnumSet<Outcome> CLOSED_WITHOUT_GRANT = EnumSet.of(Outcome.INELIGIBLE, Outcome.LATE, Outcome.NOT_VERIFIED);

  private final Applications applications;
  private final CampaignService campaigns;
  private final Campaigns campaignRows;
  private final MaterialChecks materialChecks;
  private final Verifications verifications;
  private final Grants grants;
  private final Payments payments;
  private final EnrolmentChecks enrolmentChecks;
  private final FundLedger ledger;
  private final HardshipRegister register;
  private final SystemDecisions decisions;
  private final ScholarshipUnits units;

  public ApplicationService(
      Applications applications,
      CampaignService campaigns,
      Campaigns campaignRows,
      MaterialChecks materialChecks,
      Verifications verifications,
      Grants grants,
      Payments payments,
      EnrolmentChecks enrolmentChecks,
      FundLedger ledger,
      HardshipRegister register,
      SystemDecisions decisions,
      ScholarshipUnits units) {
    this.applications = applications;
    this.campaigns = campaigns;
    this.campaignRows = campaignRows;
    this.materialChecks = materialChecks;
    this.verifications = verifications;
    this.grants = grants;
    this.payments = payments;
    this.enrolmentChecks = enrolmentChecks;
    this.ledger = ledger;
    this.register = register;
    this.decisions = decisions;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public Application require(String caseId) {
    return applications.findByProcessInstanceId(caseId).orElseThrow(() -> new NotFoundException("没有找到该金秋助学申请"));
  }

  @Transactional(readOnly = true)
  public Optional<Grant> grantOf(Application application) {
    return grants.findByApplicationId(application.getId());
  }

  // ---- registration -------------------------------------------------------------------------------------

  /**
   * Registers an application in the open campaign of the registering unit's county: refused (400) after the
   * deadline (过期不再受理) or when the county runs none; a second open application for the student is a conflict.
   */
  @Transactional
  public Application register(String caseId, String registeringUnit, Applicant applicant, String by) {
    String county = units.countyOf(registeringUnit);
    Campaign campaign =
        campaigns
            .openForApplications(county)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "campaign", "金秋助学活动", units.nameOf(county) + "本年度的金秋助学活动尚未发起，或申报已经截止（过期不再受理）"));
    campaignRows.lock(campaign.getId());
    List<Outcome> open = EnumSet.complementOf(CLOSED_WITHOUT_GRANT).stream().toList();
    // the student's own applications of the campaign (index on the identity number), not every application
    for (Application other : applications.findByCampaignIdAndStudentIdNumber(campaign.getId(), applicant.studentIdNumber())) {
      if (open.contains(other.getOutcome())) {
        throw new ConflictException("studentIdNumber", "该学生在" + campaign.getYear() + "年度已有金秋助学申请（编号" + other.getNumber() + "），不能重复申请");
      }
    }
    int seq = applications.lastSeq(campaign.getId()) + 1;
    String number = campaign.getYear() + "-" + String.format("%03d", seq);
    return applications.saveAndFlush(new Application(campaign.getId(), caseId, seq, number, registeringUnit, by, applicant));
  }

  // ---- 核对申报材料 -------------------------------------------------------------------------------------

  /** The checklist scholarship-required-materials gave (its resultList: material and handling per row). */
  public static Map<Material, Handling> required(Object decisionResult) {
    Map<Material, Handling> required = new LinkedHashMap<>();
    if (decisionResult instanceof List<?> rows) {
      for (Object row : rows) {
        if (row instanceof Map<?, ?> entries) {
          Material material = Labelled.parse(Material.class, String.valueOf(entries.get("material")));
          Handling handling = Labelled.parse(Handling.class, String.valueOf(entries.get("handling")));
          if (material == null || handling == null || handling == Handling.MISSING) {
            throw new IllegalStateException("申报材料决策表给出了表单不认识的材料或处理方式：" + entries + "，请在表单和 Material 中加上它");
          }
          required.put(material, handling);
        }
      }
    }
    return required;
  }

  /** The checklist as the clerk reads it on the form. */
  public static String checklistText(Map<Material, Handling> required) {
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (Map.Entry<Material, Handling> e : required.entrySet()) {
      text.append(i++).append(". ").append(e.getKey().label()).append("——").append(e.getValue().label()).append('\n');
    }
    return text.toString();
  }

  /** The codes of the required materials, for the form's conditions (a field shows when its code is listed). */
  public static String codes(Map<Material, Handling> required) {
    return String.join(",", required.keySet().stream().map(Enum::name).toList());
  }

  /**
   * One round of the checklist: for each required material how its original was handled (as the table says, or
   * 未提供). Returns whether everything is there; the application moves on only then.
   */
  @Transactional
  public boolean checkMaterials(String caseId, Map<Material, Handling> required, FormInput form, String by) {
    Application application = require(caseId);
    Map<Material, Handling> handled = new LinkedHashMap<>();
    for (Material material : Material.values()) {
      String value = form.optionalText(material.field(), material.label(), 40);
      Handling requiredHandling = required.get(material);
      if (requiredHandling == null) {
        if (value != null) {
          throw new InvalidInputException(material.field(), material.label(), "不是本申请需要的材料（" + application.getApplicantType().label() + "）");
        }
        continue;
      }
      Handling handling = Labelled.parse(Handling.class, value);
      if (handling == null) {
        throw new InvalidInputException(material.field(), material.label(), "请选择原件的处理方式，没有收到请选“未提供”");
      }
      if (handling != Handling.MISSING && handling != requiredHandling) {
        throw new InvalidInputException(material.field(), material.label(), "应" + requiredHandling.label() + "（活动通知的申报材料要求）");
      }
      handled.put(material, handling);
    }
    int round = materialChecks.findByProcessInstanceIdOrderByRoundAscIdAsc(caseId).stream().mapToInt(MaterialCheck::getRound).max().orElse(0) + 1;
    handled.forEach((material, handling) -> materialChecks.save(new MaterialCheck(application, round, material, required.get(material), handling, by)));
    boolean complete = !handled.containsValue(Handling.MISSING);
    if (complete) {
      application.at(Step.ELIGIBILITY);
    }
    return complete;
  }

  /** What the last round of the checklist lacked, for the next round's form; null before the first round. */
  @Transactional(readOnly = true)
  public String missingNotice(String caseId) {
    List<MaterialCheck> checks = materialChecks.findByProcessInstanceIdOrderByRoundAscIdAsc(caseId);
    if (checks.isEmpty()) {
      return null;
    }
    int last = checks.get(checks.size() - 1).getRound();
    List<String> missing =
        checks.stream().filter(c -> c.getRound() == last && c.getHandling() == Handling.MISSING).map(c -> c.getMaterial().label()).toList();
    return "第" + last + "次核对缺少：" + String.join("、", missing) + "。申请人补齐后再次核对；8月15日截止前仍未补齐的，过期不再受理。";
  }

  @Transactional(readOnly = true)
  public List<MaterialCheck> materialsOf(String caseId) {
    return materialChecks.findByProcessInstanceIdOrderByRoundAscIdAsc(caseId);
  }

  // ---- 初步认定 -----------------------------------------------------------------------------------------

  /** The answer of scholarship-eligibility for an application. */
  public record Eligibility(boolean eligible, String reason, boolean previouslyFunded) {}

  /**
   * 初步认定 (000:551): scholarship-eligibility on the applicant type, the student's facts and whether the register
   * holds a 金秋助学 grant for the student (any year). Not eligible ends the application with the table's reason.
   */
  @Transactional
  public Eligibility determine(String caseId, Determination d, String by) {
    Application application = require(caseId);
    boolean previouslyFunded = register.fundedByScholarship(application.getStudentIdNumber());
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("applicantType", application.getApplicantType().name());
    inputs.put("isCurrentGraduate", d.currentGraduate());
    inputs.put("admissionBatch", d.admissionBatch().name());
    inputs.put("formallyAdmitted", d.formallyAdmitted());
    inputs.put("goodGradesAndConduct", d.goodGradesAndConduct());
    inputs.put("hasCountyHukou", d.countyHukou());
    inputs.put("hardshipCause", d.hardshipCause().name());
    inputs.put("previouslyFunded", previouslyFunded);
    DmnDecisionResultEntries result = decisions.evaluateWithoutHistory(DECISION_ELIGIBILITY, inputs).getFirstResult();
    if (result == null || result.getEntry("eligible") == null) {
      throw new InvalidInputException("admissionBatch", "初步认定", "决策表 " + DECISION_ELIGIBILITY + " 没有给出结论：请检查填写的各项，或请流程分析员检查决策表");
    }
    boolean eligible = Boolean.TRUE.equals(result.getEntry("eligible"));
    String reason = eligible ? null : String.valueOf(result.<Object>getEntry("reason"));
    application.determined(d, previouslyFunded, eligible, reason, by);
    if (eligible) {
      application.at(Step.APPLICATION_FORM);
    } else {
      application.decided(Outcome.INELIGIBLE, reason);
      application.at(Step.NOTICE);
    }
    return new Eligibility(eligible, reason, previouslyFunded);
  }

  // ---- 申请表 -------------------------------------------------------------------------------------------

  @Transactional
  public void submitForm(String caseId, ApplicationForm form, String by) {
    Application application = require(caseId);
    application.formSubmitted(form, by);
    application.at(Step.VERIFICATION);
  }

  /** 过期不再受理 (000:553): the deadline passed before the materials and the 申请表 were complete. */
  @Transactional
  public void late(String caseId) {
    Application application = require(caseId);
    Campaign campaign = campaigns.require(application.getCampaignId());
    application.decided(
        Outcome.LATE,
        "申报材料和申请表未在" + campaign.getYear() + "年" + CampaignSchedule.monthDay(campaign.getDeadline()) + "前报齐，过期不再受理");
    application.at(Step.NOTICE);
  }

  // ---- 入户调查核实 -------------------------------------------------------------------------------------

  /** What the aid centre sees before the visit: who, and whether the household has a file already. */
  @Transactional(readOnly = true)
  public String visitBrief(String caseId) {
    Application a = require(caseId);
    Optional<HardshipFile> file = register.fileOf(a.getApplicantIdNumber());
    StringBuilder text =
        new StringBuilder("申请编号")
            .append(a.getNumber())
            .append("：申请人")
            .append(a.getApplicantName())
            .append("（")
            .append(a.getApplicantType().label())
            .append("），学生")
            .append(a.getStudentName())
            .append(a.getUniversity() == null ? "" : "，考入" + a.getUniversity())
            .append("。\n\n");
    if (file.isPresent()) {
      text.append("该家庭已有困难职工档案（").append(file.get().getCategory().label()).append("，建档单位：")
          .append(units.nameOf(file.get().getKeepingUnitCode())).append("）。家庭情况有变化时填写下方各项更新档案，否则留空。");
    } else {
      text.append("**该家庭还没有困难职工档案。**先建档后帮扶：核实属实时请填写下方家庭情况，系统据此建档。");
    }
    return text.toString();
  }

  /**
   * The visit's record. A verified household gets (or updates) its file in the register from the form's household
   * fields, kept by the registering grassroots union (or the county, for the aid centre's own registrations); the
   * visit is written to the file. Not verified ends the application with the visitors' reason.
   */
  @Transactional
  public boolean verify(String caseId, Verification.Visit visit, Map<String, Object> form, String by) {
    Application application = require(caseId);
    Optional<HardshipFile> existing = register.fileOf(application.getApplicantIdNumber());
    boolean householdGiven =
        HouseholdFields.PERSONAL.stream()
            .filter(key -> !key.equals(HouseholdFields.WORKER_NAME) && !key.equals(HouseholdFields.WORKER_ID_NUMBER))
            .map(form::get)
            .anyMatch(value -> value != null && !value.toString().isBlank() && !Boolean.FALSE.equals(value));
    HardshipFile file = existing.orElse(null);
    boolean created = false;
    if (visit.verified() && (file == null || householdGiven)) {
      Map<String, Object> household = new HashMap<>(form);
      household.put(HouseholdFields.WORKER_NAME, application.getApplicantName());
      household.put(HouseholdFields.WORKER_ID_NUMBER, application.getApplicantIdNumber());
      file = register.save(HouseholdDetails.from(household), units.keepingUnitOf(application.getRegisteredUnit()), "金秋助学入户调查核实 " + application.getNumber());
      created = existing.isEmpty();
    }
    if (file != null) {
      register.recordVisit(
          file.getId(), PROCESS_KEY, caseId, visit.date(), visit.visitorOne() + "、" + visit.visitorTwo(), visit.findings());
      application.linkFile(file.getId());
    }
    verifications.save(new Verification(application, visit, file == null ? null : file.getId(), created, by));
    if (visit.verified()) {
      application.at(Step.AWAITING_OUTCOME);
    } else {
      application.decided(Outcome.NOT_VERIFIED, visit.reason());
      application.at(Step.NOTICE);
    }
    return visit.verified();
  }

  /** How many applications of a campaign were verified (属实). */
  @Transactional(readOnly = true)
  public int verifiedIn(long campaignId) {
    return (int) verifications.verifiedIn(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Verification> verificationsOf(String caseId) {
    return verifications.findByProcessInstanceIdOrderByIdAsc(caseId);
  }

  // ---- 告知 ---------------------------------------------------------------------------------------------

  /** The notice the clerk prints or reads to the family (names: personal data, a task-local display only). */
  @Transactional(readOnly = true)
  public String noticeText(String caseId) {
    Application a = require(caseId);
    Campaign campaign = campaigns.require(a.getCampaignId());
    String county = units.nameOf(campaign.getCountyCode());
    String opening = a.getApplicantName() + "同志：\n\n您为子女" + a.getStudentName() + "申请的" + campaign.getYear() + "年“金秋助学”（申请编号" + a.getNumber() + "），";
    String body =
        switch (a.getOutcome()) {
          case INELIGIBLE -> "经县总工会职工维权帮扶中心初步认定，不符合入围条件：" + a.getOutcomeReason() + "。";
          case LATE -> a.getOutcomeReason() + "。";
          case NOT_VERIFIED -> "经入户调查核实，不予资助：" + a.getOutcomeReason() + "。";
          case STRUCK -> "经县总工会主席会议审定，未列入资助名单：" + a.getOutcomeReason() + "。";
          case NOT_SELECTED -> "经县总工会主席会议审定，" + a.getOutcomeReason() + "，本年度未能资助。";
          case GRANTED_A, GRANTED_B -> grantSentence(a);
          case OPEN -> throw new IllegalStateException("申请 " + a.getNumber() + " 还没有结果");
        };
    return opening + body + "\n\n特此告知。\n\n" + county + "\n" + ScholarshipClock.today();
  }

  private String grantSentence(Application a) {
    Grant grant = grants.findByApplicationId(a.getId()).orElseThrow();
    if (grant.yearly()) {
      return "经县总工会主席会议审定、县总工会审核审批，列为A档资助对象：每年资助" + FundLedger.yuan(grant.getAmount()) + "学费，直至大学毕业（学制"
          + grant.getProgrammeYears() + "年）。以后每年须向县总工会职工维权帮扶中心提供在读证明；退学或转学的，资助终止。资助金发放的具体时间、地点、形式另行通知。";
    }
    return "经县总工会主席会议审定、县总工会审核审批，列为B档资助对象：一次性资助" + FundLedger.yuan(grant.getAmount()) + "。资助金发放的具体时间、地点、形式另行通知。";
  }

  /** The family was told; a granted application goes on to its payment. Returns whether it was granted. */
  @Transactional
  public boolean notified(String caseId, LocalDate on, String how, String by) {
    Application application = require(caseId);
    application.notified(on, how, by);
    boolean granted = application.getOutcome().granted();
    application.at(granted ? Step.PAYMENT : Step.CLOSED);
    return granted;
  }

  // ---- 发放 ---------------------------------------------------------------------------------------------

  /** What a payment task shows: the grant, which year, from which campaign's funds, and the money there. */
  @Transactional(readOnly = true)
  public String paymentDetails(String caseId, long payingCampaignId) {
    Application a = require(caseId);
    Grant grant = grants.findByApplicationId(a.getId()).orElseThrow();
    Campaign paying = campaigns.require(payingCampaignId);
    FundLedger.Balance balance = ledger.balance(payingCampaignId);
    return "申请编号" + a.getNumber() + "，学生" + a.getStudentName() + "（" + a.getUniversity() + "），" + grant.getTier() + "档，本次发放"
        + FundLedger.yuan(grant.getAmount()) + (grant.yearly() ? "（第" + (grant.getYearsPaid() + 1) + "年，共" + grant.getProgrammeYears() + "年）" : "（一次性）")
        + "。\n\n从" + paying.getYear() + "年度活动的助学资金中支付（本任务生成时：已登记到账" + FundLedger.yuan(balance.recorded()) + "，已发放"
        + FundLedger.yuan(balance.paid()) + "，余额" + FundLedger.yuan(balance.left()) + "）。登记发放时系统按当时的余额检查。";
  }

  /** What a payment leaves: whether the grant continues next year, and how many years are paid. */
  public record PaymentResult(boolean continuing, int yearsPaid) {}

  /**
   * Pays the grant's next year from the paying campaign's funds (409 when they do not cover it: nothing written),
   * writes the aid to the household's file (先建档后帮扶) and the payment to the campaign's fund ledger.
   */
  @Transactional
  public PaymentResult pay(String caseId, long payingCampaignId, LocalDate paidOn, String method, String voucher, String by) {
    Application application = require(caseId);
    Grant grant = grants.findByApplicationId(application.getId()).orElseThrow(() -> new ConflictException("paidOn", "该申请没有资助"));
    if (!grant.continues()) {
      throw new ConflictException("paidOn", "该资助已" + grant.getStatus().label() + "，不能再发放");
    }
    Campaign paying = campaignRows.lock(payingCampaignId).orElseThrow();
    if (paidOn.getYear() < paying.getYear()) {
      throw new InvalidInputException("paidOn", "发放日期", "不能早于" + paying.getYear() + "年度活动");
    }
    int yearIndex = grant.getYearsPaid() + 1;
    HardshipFile file = register.requireFileOf(application.getApplicantIdNumber(), "paidOn", "发放资助金");
    String note = "金秋助学" + paying.getYear() + "年度 " + application.getNumber() + " " + grant.getTier() + "档" + (grant.yearly() ? "第" + yearIndex + "年" : "") + "，凭证" + voucher;
    HardshipAid aid =
        register.recordAid(
            file.getId(),
            new HardshipAid.Aid(
                "A".equals(grant.getTier()) ? AidKind.SCHOLARSHIP_TIER_A : AidKind.SCHOLARSHIP_TIER_B,
                PROCESS_KEY,
                caseId,
                application.getStudentName(),
                application.getStudentIdNumber(),
                paying.getYear(),
                grant.getAmount(),
                paidOn,
                note));
    Payment payment = payments.saveAndFlush(new Payment(grant, caseId, paying.getId(), yearIndex, paidOn, method, voucher, aid.getId(), by));
    ledger.charge(payment, note, by);
    grant.paid();
    application.at(grant.continues() ? Step.AWAITING_NEXT_YEAR : Step.CLOSED);
    return new PaymentResult(grant.continues(), grant.getYearsPaid());
  }

  @Transactional(readOnly = true)
  public List<Payment> paymentsOf(Grant grant) {
    return payments.findByGrantIdOrderByYearIndex(grant.getId());
  }

  // ---- 续发 ---------------------------------------------------------------------------------------------

  /**
   * The campaign that pays a Tier A grant's next year: the county's first campaign of a year after the last
   * payment, if it has started (it then waits for no message). Moves the application to its 在读 check.
   */
  @Transactional
  public Optional<Campaign> nextPayingCampaign(String caseId) {
    Application application = require(caseId);
    Grant grant = grants.findByApplicationId(application.getId()).orElseThrow();
    List<Payment> paid = payments.findByGrantIdOrderByYearIndex(grant.getId());
    int lastYear = campaigns.require(paid.get(paid.size() - 1).getCampaignId()).getYear();
    Optional<Campaign> next = campaigns.laterCampaign(campaigns.require(application.getCampaignId()).getCountyCode(), lastYear);
    next.ifPresent(c -> application.at(Step.ENROLMENT_CHECK));
    return next;
  }

  /** A later campaign told the application its next year is due. */
  @Transactional
  public void enrolmentCheckDue(String caseId) {
    require(caseId).at(Step.ENROLMENT_CHECK);
  }

  /** What the 在读 check shows: the student, the grant and what was paid. */
  @Transactional(readOnly = true)
  public String enrolmentDetails(String caseId, long payingCampaignId) {
    Application a = require(caseId);
    Grant grant = grants.findByApplicationId(a.getId()).orElseThrow();
    return "申请编号" + a.getNumber() + "，学生" + a.getStudentName() + "，" + a.getUniversity() + "（学制" + grant.getProgrammeYears() + "年），A档每年"
        + FundLedger.yuan(grant.getAmount()) + "，已发放" + grant.getYearsPaid() + "年。\n\n" + campaigns.require(payingCampaignId).getYear()
        + "年度续发前，请核验学生的在读证明；已退学或转学的，写明情况，资助终止。";
  }

  /** The 在读 check: enrolled (certificate checked) continues; drop-out or transfer stops the grant with the reason. */
  @Transactional
  public boolean checkEnrolment(
      String caseId, long payingCampaignId, EnrolmentStatus status, boolean certificateChecked, String reason, LocalDate on, String by) {
    Application application = require(caseId);
    Grant grant = grants.findByApplicationId(application.getId()).orElseThrow();
    if (status == EnrolmentStatus.ENROLLED && !certificateChecked) {
      throw new InvalidInputException("certificateChecked", "在读证明已核验", "学生仍在读时，须核验在读证明后才能续发");
    }
    if (status != EnrolmentStatus.ENROLLED && reason == null) {
      throw new InvalidInputException("enrolmentReason", "情况说明", "退学或转学的，请写明情况（资助将终止）");
    }
    enrolmentChecks.save(new EnrolmentCheck(grant, caseId, payingCampaignId, status, certificateChecked, reason, on, by));
    if (status == EnrolmentStatus.ENROLLED) {
      application.at(Step.PAYMENT);
      return true;
    }
    grant.stop(status.label() + "：" + reason);
    application.at(Step.CLOSED);
    return false;
  }

  @Transactional(readOnly = true)
  public List<EnrolmentCheck> enrolmentChecksOf(Grant grant) {
    return enrolmentChecks.findByGrantIdOrderByIdAsc(grant.getId());
  }

  /** The applications of a campaign, in number order. */
  @Transactional(readOnly = true)
  public List<Application> ofCampaign(long campaignId) {
    return applications.findByCampaignIdOrderBySeq(campaignId);
  }

  /** The grants of a set of applications. */
  @Transactional(readOnly = true)
  public List<Grant> grantsOf(List<Application> list) {
    return grants.findByApplicationIdIn(list.stream().map(Application::getId).toList());
  }

  /** Every payment charged to a campaign's funds. */
  @Transactional(readOnly = true)
  public List<Payment> paymentsCharged(long campaignId) {
    return payments.findByCampaignIdOrderByIdAsc(campaignId);
  }

  /** Every enrolment check done for a campaign. */
  @Transactional(readOnly = true)
  public List<EnrolmentCheck> enrolmentChecksFor(long campaignId) {
    return enrolmentChecks.findByCampaignId(campaignId);
  }

  /** Application rows of a campaign by id. */
  @Transactional(readOnly = true)
  public Application byId(long id) {
    return applications.findById(id).orElseThrow();
  }

  /** The list of applications a grassroots union registered, in a campaign. */
  @Transactional(readOnly = true)
  public List<Application> registeredBy(long campaignId, List<String> unitsOfUser) {
    return unitsOfUser.isEmpty() ? new ArrayList<>() : applications.findByCampaignIdAndRegisteredUnitInOrderBySeq(campaignId, unitsOfUser);
  }
}
