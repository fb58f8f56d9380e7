package cn.gonghui.bpm.security;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.security.AttackedProcess.ApiTarget;
import cn.gonghui.bpm.security.AttackedProcess.Fixtures;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * {@code scholarship-application} (金秋助学) under attack: a family's application registered by the union of 坝头中学
 * (SFX-JY-BT), in the demo county's open campaign (the demo's campaign of the current year, in its intake phase:
 * the engine's clock is set back to the real time, see {@link ScholarshipCampaignUnderAttack}). Its intake and
 * verification go to the county's 职工维权帮扶中心, its 申请表 to the school's union. Each application is of a new
 * family (identity numbers never used before in this run). Names are written as an attacker sends them.
 *
 * <p>Its 告知, 发放 and 确认在读 read the campaign's decision, the grant and its payments, which no case moved there has:
 * the system drives a case of its own campaign years there ({@link #granted}).
 *
 * <p>Any grassroots union or the aid centre may register any family, so the starters refused are those of units
 * that do not register applications at all (a community, a town, the county's clerks, the education union); they
 * are refused for their unit ({@code orgUnitCode}).
 */
final class ScholarshipApplicationUnderAttack {

  static final String KEY = "scholarship-application";
  static final String SCHOOL = "SFX-JY-BT";
  static final String SCHOOL_CLERK = "batou-clerk";
  static final String OTHER_SCHOOL_CLERK = "yizhong-clerk";
  static final String AID_CENTRE_CLERK = "aid-centre-clerk";
  static final String COUNTY_CLERK = "county-clerk";
  static final String CHAIR_MEETING = "chair-meeting";
  /** Years one driven grant holds to itself: its campaign's, the next one's, and the five a campaign pays back. */
  static final int YEARS_PER_GRANT = 10;

  private static final AtomicInteger PEOPLE = new AtomicInteger(new java.util.Random().nextInt(1000));

  private ScholarshipApplicationUnderAttack() {}

  static AttackedProcess process() {
    List<String> notAidCentre = List.of(SCHOOL_CLERK, OTHER_SCHOOL_CLERK, COUNTY_CLERK);
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("notifiedOn", "2026-11-21");
    notice.put("notifiedHow", "IN_PERSON");
    Map<String, Object> payment = new LinkedHashMap<>();
    // valid for the form and its guard; the listener also wants a day of the paying campaign's (far-future) year that
    // is not after today, which no day is once the clock is back at the real time: a payment that got past the guard
    // would end in that 400 on paidOn, never in a write (and would still fail the attacks' assertions)
    payment.put("paidOn", "2026-11-22");
    payment.put("paymentMethod", "BANK_TRANSFER");
    payment.put("voucherNumber", "记-2026-1122");
    payment.put("receiptSigned", true);
    Map<String, Object> enrolment = new LinkedHashMap<>();
    enrolment.put("enrolmentStatus", "ENROLLED");
    enrolment.put("certificateChecked", true);
    enrolment.put("checkedOn", "2026-11-23");
    return new AttackedProcess(
            KEY,
            SCHOOL,
            SCHOOL_CLERK,
            List.of("dongjie-clerk", "chengguan-clerk", COUNTY_CLERK, "jiaoyu-clerk", "chair-meeting"),
            fixtures -> startForm(),
            fixtures -> startForm(),
            fixtures -> {
              Map<String, Object> forged = new LinkedHashMap<>();
              forged.put("applicationId", 1L); // another family's application
              forged.put("campaignId", 1L); // another campaign (the demo's first)
              forged.put("applicationNumber", "2099-001");
              forged.put("scholarshipYear", 2099);
              forged.put("aidCentre", SCHOOL); // the school would check its own family's materials
              forged.put("countyCode", SCHOOL); // the school would pay the grant
              forged.put("intakeClosesAt", "2999-01-01T00:00:00+08:00");
              forged.put("verificationEndsAt", "2999-01-01T00:00:00+08:00");
              forged.put("requiredMaterials", List.of());
              forged.put("requiredMaterialCodes", "WRITTEN_APPLICATION");
              forged.put("materialChecklist", "无需材料");
              forged.put("materialNotice", "材料已齐");
              forged.put("materialsComplete", true);
              forged.put("eligible", true); // past the 初步认定
              forged.put("verified", true); // past the home visit
              forged.put("outcome", "GRANTED");
              forged.put("grantTier", "A"); // 5000元 a year until graduation
              forged.put("grantAmount", 5000);
              forged.put("grantRank", 1);
              forged.put("granted", true);
              forged.put("paymentCampaignId", 1L);
              forged.put("continuing", true);
              forged.put("yearsPaid", 0);
              forged.put("nextCampaignStarted", true);
              forged.put("enrolled", true);
              forged.put("visitBrief", "伪造");
              forged.put("noticeText", "伪造");
              forged.put("paymentDetails", "伪造");
              forged.put("enrolmentDetails", "伪造");
              forged.put("orgUnitCode", "SFX-JY-YZ"); // the case would move to another school
              return forged;
            },
            List.of("Task_PayGrant", "Task_FindNextPayingCampaign"),
            ScholarshipApplicationUnderAttack::startCase,
            "Task_VerifyHousehold",
            List.of(
                new TaskTarget("Task_CheckMaterials", AID_CENTRE_CLERK, notAidCentre, Map.of(), materials()),
                new TaskTarget("Task_DetermineEligibility", AID_CENTRE_CLERK, notAidCentre, Map.of(), eligibility()),
                new TaskTarget("Task_SubmitApplicationForm", SCHOOL_CLERK, List.of(OTHER_SCHOOL_CLERK, COUNTY_CLERK, "dongjie-clerk"), Map.of(),
                    applicationForm()),
                new TaskTarget("Task_VerifyHousehold", AID_CENTRE_CLERK, notAidCentre, Map.of(), verification()),
                // the rest need the campaign's decision, a grant and its payments: the system drives a case there
                new TaskTarget("Task_NotifyApplicant", SCHOOL_CLERK, List.of(OTHER_SCHOOL_CLERK, AID_CENTRE_CLERK, COUNTY_CLERK, "dongjie-clerk"),
                    Map.of(), notice, (fixtures, unit) -> granted(fixtures, unit, "Task_NotifyApplicant")),
                new TaskTarget("Task_PayGrant", COUNTY_CLERK, List.of(AID_CENTRE_CLERK, CHAIR_MEETING, SCHOOL_CLERK, "chengguan-clerk"),
                    Map.of(), payment, (fixtures, unit) -> granted(fixtures, unit, "Task_PayGrant")),
                new TaskTarget("Task_ConfirmEnrolment", AID_CENTRE_CLERK, List.of(SCHOOL_CLERK, COUNTY_CLERK, CHAIR_MEETING, OTHER_SCHOOL_CLERK),
                    Map.of(), enrolment, (fixtures, unit) -> granted(fixtures, unit, "Task_ConfirmEnrolment"))),
            List.of(new ApiTarget("/api/scholarship-applications", fixtures -> startForm(), "applicantName", null, null, 201, null, true)),
            List.of(),
            Map.of("orgUnitCode", SCHOOL))
        .withForeignStartFields(List.of("orgUnitCode"));
  }

  /** A valid 核对申报材料 of a hardship worker's family: every material there, its original handled as the table says. */
  static Map<String, Object> materials() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("writtenApplication", "KEEP");
    form.put("subsistenceCertificate", "COPY_AND_RETURN");
    form.put("householdRegister", "CHECK_AND_RETURN");
    form.put("studentIdCard", "CHECK_AND_RETURN");
    form.put("admissionLetterCopy", "KEEP");
    return form;
  }

  /** A valid 初步认定: the student meets every condition. */
  static Map<String, Object> eligibility() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("isCurrentGraduate", true);
    form.put("admissionBatch", "UNDERGRADUATE");
    form.put("formallyAdmitted", true);
    form.put("goodGradesAndConduct", true);
    form.put("hasCountyHukou", true);
    form.put("familyHardshipCause", "BREADWINNER_DISABLED");
    return form;
  }

  /** A valid 申请表. */
  static Map<String, Object> applicationForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("university", "兰州大学");
    form.put("major", "计算机科学与技术");
    form.put("programmeYears", "4");
    form.put("gaokaoScore", 586);
    form.put("familySituation", "家庭主要劳动力因病失去劳动能力，靠低保生活");
    form.put("publicityConsent", true);
    return form;
  }

  /** A valid 入户调查核实: the household is as declared. */
  static Map<String, Object> verification() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("visitDate", "2026-11-20");
    form.put("visitorOne", "尹红");
    form.put("visitorTwo", "马强");
    form.put("findings", "家庭情况与申报一致");
    form.put("verificationResult", "VERIFIED");
    form.put("workplace", "示范县城关镇环卫所");
    form.put("householdAddress", "示范县城关镇东街18号");
    form.put("householdSize", 3);
    form.put("monthlyIncome", 1500);
    form.put("hardshipCause", "主要劳动力因病失去劳动能力");
    form.put("suddenHardship", true);
    return form;
  }

  /** The start form of a new family (a hardship worker and their child), in the demo's open campaign. */
  static Map<String, Object> startForm() {
    ClockUtil.reset(); // the demo's campaign of this year takes applications now
    return family();
  }

  /** The start form of a new family, in the campaign that takes applications at the engine's clock. */
  static Map<String, Object> family() {
    int n = PEOPLE.incrementAndGet();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantType", "HARDSHIP_WORKER");
    form.put("applicantName", "攻击测试家长" + n);
    form.put("applicantIdNumber", idNumber(LocalDate.of(1976, 1, 1), n));
    form.put("studentName", "攻击测试学生" + n);
    form.put("studentIdNumber", idNumber(LocalDate.of(2008, 1, 1), n));
    form.put("contactPhone", "13893" + String.format("%06d", n % 1_000_000));
    return form;
  }

  /** An application of a new family registered by {@code unit}, started by the system, in 核对申报材料. */
  static String startCase(Fixtures fixtures, String unit) {
    Map<String, Object> variables = new LinkedHashMap<>(startForm());
    variables.put("orgUnitCode", unit);
    return fixtures.engine().getRuntimeService().startProcessInstanceByKey(KEY, variables).getId();
  }

  /**
   * A Tier A application of a new family registered by {@code unit}, driven by the system (no user authenticated,
   * the calls {@code DemoScholarship} makes) to {@code task} with every record its listeners read: a campaign of a
   * year of its own (see {@link ScholarshipCampaignUnderAttack}) with its funds, the application's intake and home
   * visit, the chair meeting's ranked list of this one application, its grant tiers, the county's approval and the
   * outcomes sent; then, as far as {@code task} needs, the family told ({@code Task_PayGrant}), the first year paid
   * and the next year's campaign started, which tells the case its 在读 check is due ({@code Task_ConfirmEnrolment}).
   * The engine's clock is back at the real time afterwards.
   */
  static synchronized String granted(Fixtures fixtures, String unit, String task) {
    try {
      var runtime = fixtures.engine().getRuntimeService();
      int year = ScholarshipCampaignUnderAttack.freshYears(YEARS_PER_GRANT);
      String campaign = ScholarshipCampaignUnderAttack.startCase(fixtures, ScholarshipCampaignUnderAttack.COUNTY, year);
      complete(fixtures, campaign, "Task_RecordFunds",
          Map.of("fundRows", "工会补贴,示范县总工会,60000," + year + "-07-02", "fundsComplete", true));
      Map<String, Object> start = new LinkedHashMap<>(family());
      start.put("orgUnitCode", unit);
      String application = runtime.startProcessInstanceByKey(KEY, start).getId();
      complete(fixtures, application, "Task_CheckMaterials", materials());
      complete(fixtures, application, "Task_DetermineEligibility", eligibility());
      complete(fixtures, application, "Task_SubmitApplicationForm", applicationForm());
      ScholarshipCampaignUnderAttack.at(year, 8, 18);
      complete(fixtures, application, "Task_VerifyHousehold", verification());
      execute(fixtures, campaign, "Event_SurveyPhaseStarts");
      execute(fixtures, campaign, "Event_VerificationPhaseStarts");
      ScholarshipCampaignUnderAttack.at(year, 8, 21);
      execute(fixtures, campaign, "Event_ApprovalPhaseStarts");
      String ranking = runtime.getVariable(application, "applicationNumber") + ",家庭特别困难，高考成绩优异";
      complete(fixtures, campaign, "Task_ProposeShortlist", Map.of("rankingRows", ranking));
      complete(fixtures, campaign, "Task_ApproveShortlist", Map.of("shortlistDecision", "APPROVE", "approvedRanking", ranking));
      execute(fixtures, campaign, "Task_DetermineGrantTiers");
      complete(fixtures, campaign, "Task_ConfirmGrants", Map.of("grantsDecision", "APPROVE"));
      execute(fixtures, campaign, "Task_AnnounceOutcomes");
      if (task.equals("Task_NotifyApplicant")) {
        return application;
      }
      ScholarshipCampaignUnderAttack.at(year, 8, 25);
      complete(fixtures, application, "Task_NotifyApplicant", Map.of("notifiedOn", year + "-08-25", "notifiedHow", "IN_PERSON"));
      if (task.equals("Task_PayGrant")) {
        return application;
      }
      complete(fixtures, application, "Task_PayGrant",
          Map.of("paidOn", year + "-08-25", "paymentMethod", "BANK_TRANSFER", "voucherNumber", "记-" + year + "-0825", "receiptSigned", true));
      execute(fixtures, application, "Task_FindNextPayingCampaign");
      ScholarshipCampaignUnderAttack.startCase(fixtures, ScholarshipCampaignUnderAttack.COUNTY, year + 1);
      return application;
    } finally {
      ClockUtil.reset();
    }
  }

  /** Completes the one open task {@code taskKey} of a case as the system. */
  private static void complete(Fixtures fixtures, String instance, String taskKey, Map<String, Object> form) {
    var tasks = fixtures.engine().getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId(), form);
  }

  /** Runs the job of a case waiting in {@code activityId} (a timer, an asynchronous step) as the job executor would. */
  private static void execute(Fixtures fixtures, String instance, String activityId) {
    var management = fixtures.engine().getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult().getId());
  }

  /** A valid 居民身份证号码 of 示范县 (620102): the n-th person born from {@code first} on (one a day, 3 a day later). */
  static String idNumber(LocalDate first, int n) {
    String birth = first.plusDays(n % 3000).format(DateTimeFormatter.BASIC_ISO_DATE);
    String first17 = "620102" + birth + String.format("%03d", 300 + (n / 3000) % 600);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
