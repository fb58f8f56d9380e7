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

  private static final AtomicInteger PEOPLE = new AtomicInteger(new java.util.Random().nextInt(1000));

  private ScholarshipApplicationUnderAttack() {}

  static AttackedProcess process() {
    List<String> notAidCentre = List.of(SCHOOL_CLERK, OTHER_SCHOOL_CLERK, COUNTY_CLERK);
    Map<String, Object> materials = new LinkedHashMap<>();
    materials.put("writtenApplication", "KEEP");
    materials.put("subsistenceCertificate", "COPY_AND_RETURN");
    materials.put("householdRegister", "CHECK_AND_RETURN");
    materials.put("studentIdCard", "CHECK_AND_RETURN");
    materials.put("admissionLetterCopy", "KEEP");
    Map<String, Object> eligibility = new LinkedHashMap<>();
    eligibility.put("isCurrentGraduate", true);
    eligibility.put("admissionBatch", "UNDERGRADUATE");
    eligibility.put("formallyAdmitted", true);
    eligibility.put("goodGradesAndConduct", true);
    eligibility.put("hasCountyHukou", true);
    eligibility.put("familyHardshipCause", "BREADWINNER_DISABLED");
    Map<String, Object> applicationForm = new LinkedHashMap<>();
    applicationForm.put("university", "兰州大学");
    applicationForm.put("major", "计算机科学与技术");
    applicationForm.put("programmeYears", "4");
    applicationForm.put("gaokaoScore", 586);
    applicationForm.put("familySituation", "家庭主要劳动力因病失去劳动能力，靠低保生活");
    applicationForm.put("publicityConsent", true);
    Map<String, Object> verification = new LinkedHashMap<>();
    verification.put("visitDate", "2026-11-20");
    verification.put("visitorOne", "尹红");
    verification.put("visitorTwo", "马强");
    verification.put("findings", "家庭情况与申报一致");
    verification.put("verificationResult", "VERIFIED");
    verification.put("workplace", "示范县城关镇环卫所");
    verification.put("householdAddress", "示范县城关镇东街18号");
    verification.put("householdSize", 3);
    verification.put("monthlyIncome", 1500);
    verification.put("hardshipCause", "主要劳动力因病失去劳动能力");
    verification.put("suddenHardship", true);
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
                new TaskTarget("Task_CheckMaterials", AID_CENTRE_CLERK, notAidCentre, Map.of(), materials),
                new TaskTarget("Task_DetermineEligibility", AID_CENTRE_CLERK, notAidCentre, Map.of(), eligibility),
                new TaskTarget("Task_SubmitApplicationForm", SCHOOL_CLERK, List.of(OTHER_SCHOOL_CLERK, COUNTY_CLERK, "dongjie-clerk"), Map.of(),
                    applicationForm),
                new TaskTarget("Task_VerifyHousehold", AID_CENTRE_CLERK, notAidCentre, Map.of(), verification)),
            List.of(new ApiTarget("/api/scholarship-applications", fixtures -> startForm(), "applicantName", null, null, 201, null, true)),
            List.of(),
            Map.of("orgUnitCode", SCHOOL))
        .withForeignStartFields(List.of("orgUnitCode"));
  }

  /** The start form of a new family (a hardship worker and their child), in the demo's open campaign. */
  static Map<String, Object> startForm() {
    ClockUtil.reset(); // the demo's campaign of this year takes applications now
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

  /** A valid 居民身份证号码 of 示范县 (620102): the n-th person born from {@code first} on (one a day, 3 a day later). */
  static String idNumber(LocalDate first, int n) {
    String birth = first.plusDays(n % 3000).format(DateTimeFormatter.BASIC_ISO_DATE);
    String first17 = "620102" + birth + String.format("%03d", 300 + (n / 3000) % 600);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
