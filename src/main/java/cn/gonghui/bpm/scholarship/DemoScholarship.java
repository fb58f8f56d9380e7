package cn.gonghui.bpm.scholarship;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;

import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.platform.StartupStep;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.Handling;
import cn.gonghui.bpm.scholarship.record.Material;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, when the demo county has no 金秋助学 campaign yet: last year's campaign done to the end (seven
 * families, five Tier A and two Tier B grants, paid and broadcast) and this year's campaign in progress with an
 * application at every step (materials, a missing material, 初步认定, refused, 申请表, 入户核实, verified, not
 * verified) and last year's Tier A students at their yearly 在读 check (one paid again, one dropped out). When this
 * year's deadline has passed, "this year" is next year. Every step is done through the engine as the demo users
 * would do it in Tasklist; last year's steps run with the engine's clock set to last year's days (start-up, before
 * the job executor and the web server start).
 */
@Component
@Profile("demo")
@Order(60)
public class DemoScholarship implements StartupStep {

  static final String COUNTY = "SFX";
  static final String AID_CENTRE = "SFX.aid-centre";
  static final String CHAIR_MEETING = "SFX.chair-meeting";
  static final String SCHOOL = "SFX-JY-BT";
  static final String OTHER_SCHOOL = "SFX-JY-YZ";

  private static final Logger LOG = LoggerFactory.getLogger(DemoScholarship.class);

  /** Fictional families: parent, student, university. */
  static final String[][] FAMILIES = {
    {"王建军", "王小雨", "兰州大学"}, {"李秀兰", "李明", "西北师范大学"}, {"张德福", "张思远", "兰州理工大学"},
    {"刘桂英", "刘佳", "西北民族大学"}, {"陈志强", "陈晓东", "兰州交通大学"}, {"杨春花", "杨帆", "甘肃农业大学"},
    {"赵永平", "赵欣怡", "天水师范学院"}, {"黄丽娟", "黄子涵", "兰州财经大学"}, {"周国华", "周浩", "西北师范大学"},
    {"吴淑珍", "吴雪", "兰州大学"}, {"徐长林", "徐鹏", "兰州城市学院"}, {"孙玉梅", "孙悦", "陇东学院"},
    {"马福祥", "马文杰", "兰州交通大学"}, {"朱红霞", "朱琳", "甘肃中医药大学"}, {"胡明亮", "胡宇", "河西学院"}
  };

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final CampaignService campaigns;
  private final ApplicationService applications;
  private int family;

  public DemoScholarship(
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      IdentityService identity,
      CampaignService campaigns,
      ApplicationService applications) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.campaigns = campaigns;
    this.applications = applications;
  }

  @Override
  public void run() {
    if (!campaigns.ofCounty(COUNTY).isEmpty()) {
      return;
    }
    int current = thisYear(LocalDate.now(CampaignSchedule.ZONE));
    try {
      lastYear(current - 1);
    } finally {
      ClockUtil.reset();
      identity.clearAuthentication();
    }
    try {
      thisYear(current);
    } finally {
      identity.clearAuthentication();
    }
    LOG.info("Demo 金秋助学: the {} campaign done, the {} campaign in progress", current - 1, current);
  }

  /** The year of the demo's campaign in progress on {@code today}: next year's once this year's deadline has passed. */
  public static int thisYear(LocalDate today) {
    return today.isAfter(CampaignSchedule.DEFAULT_DEADLINE.atYear(today.getYear()).minusDays(1)) ? today.getYear() + 1 : today.getYear();
  }

  /** Last year's campaign, to its end: seven families ranked, five Tier A and two Tier B grants paid. */
  private void lastYear(int year) {
    at(year, 7, 2);
    ProcessInstance campaign = startCampaign(year);
    complete(COUNTY, campaign, CampaignProcess.TASK_RECORD_FUNDS,
        Map.of(CampaignProcess.FIELD_FUND_ROWS,
            "行政支持,示范县财政局,40000," + today() + "\n企业赞助,示范县宏达商贸有限公司,30000," + today() + ",结对帮扶\n个人捐款,个人（匿名）,5000," + today(),
            CampaignProcess.FIELD_FUNDS_COMPLETE, true));
    List<ProcessInstance> apps = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String unit = i % 2 == 0 ? AID_CENTRE : SCHOOL;
      ProcessInstance app = apply(unit, i == 3 ? "MIGRANT_WORKER" : "HARDSHIP_WORKER");
      intake(app, unit);
      apps.add(app);
    }
    execute(campaign, CampaignProcess.EVENT_SURVEY_PHASE_STARTS);
    at(year, 8, 10);
    for (Task survey : tasks.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(CampaignProcess.TASK_REPORT_SURVEY).list()) {
      as(groupOf(survey), () -> tasks.complete(survey.getId(), Map.of(
          CampaignProcess.FIELD_EXAM_CANDIDATES, 30, CampaignProcess.FIELD_ADMITTED_STUDENTS, 3, CampaignProcess.FIELD_ASSISTED_APPLICATIONS, 2,
          CampaignProcess.FIELD_AID_PLAN, "工会经费补助每名困难学生500元，另组织教职工结对帮扶")));
    }
    execute(campaign, CampaignProcess.EVENT_VERIFICATION_PHASE_STARTS);
    at(year, 8, 17);
    apps.forEach(app -> verify(app, true));
    at(year, 8, 21);
    execute(campaign, CampaignProcess.EVENT_APPROVAL_PHASE_STARTS);
    String ranking = apps.stream().map(a -> number(a) + ",家庭特别困难，学习成绩优异").collect(Collectors.joining("\n"));
    complete(AID_CENTRE, campaign, CampaignProcess.TASK_PROPOSE_SHORTLIST, Map.of(CampaignProcess.FIELD_RANKING_ROWS, ranking));
    complete(CHAIR_MEETING, campaign, CampaignProcess.TASK_APPROVE_SHORTLIST,
        Map.of(CampaignProcess.FIELD_SHORTLIST_DECISION, "APPROVE", CampaignProcess.FIELD_APPROVED_RANKING, ranking));
    execute(campaign, CampaignProcess.TASK_DETERMINE_GRANT_TIERS);
    complete(COUNTY, campaign, CampaignProcess.TASK_CONFIRM_GRANTS, Map.of(CampaignProcess.FIELD_GRANTS_DECISION, "APPROVE"));
    execute(campaign, CampaignProcess.TASK_ANNOUNCE_OUTCOMES);
    at(year, 8, 25);
    complete(AID_CENTRE, campaign, CampaignProcess.TASK_PREPARE_PUBLICITY,
        Map.of(CampaignProcess.FIELD_BROADCAST_CHANNEL, "示范县有线电视综合频道", CampaignProcess.FIELD_BROADCAST_DATE, year + "-08-28"));
    for (ProcessInstance app : apps) {
      complete(unitOf(app), app, TASK_NOTIFY_APPLICANT, Map.of(FIELD_NOTIFIED_ON, today(), FIELD_NOTIFIED_HOW, "IN_PERSON"));
      pay(app);
    }
    at(year, 9, 2);
    execute(campaign, CampaignProcess.EVENT_CAMPAIGN_PERIOD_ENDS);
    for (ProcessInstance app : apps.subList(0, 5)) {
      execute(app, TASK_FIND_NEXT_PAYING_CAMPAIGN);
    }
  }

  /**
   * This year's campaign in progress, an application at every step, last year's Tier A students at their check (one
   * confirmed and paid again, or waiting for its payment when "this year" is next year; one transferred).
   */
  private void thisYear(int year) {
    ProcessInstance campaign = startCampaign(year);
    complete(COUNTY, campaign, CampaignProcess.TASK_RECORD_FUNDS,
        Map.of(CampaignProcess.FIELD_FUND_ROWS, "行政支持,示范县财政局,30000," + today() + "\n工会补贴,示范县总工会,10000," + today()));
    // last year's Tier A students: one confirmed and paid again, one dropped out, three waiting for the check
    List<String> continuing =
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).activityIdIn(TASK_CONFIRM_ENROLMENT).list().stream()
            .map(ProcessInstance::getId)
            .sorted()
            .toList();
    if (continuing.size() >= 2) {
      ProcessInstance enrolled = runtime.createProcessInstanceQuery().processInstanceId(continuing.get(0)).singleResult();
      complete(AID_CENTRE, enrolled, TASK_CONFIRM_ENROLMENT, Map.of(FIELD_ENROLMENT_STATUS, "ENROLLED", FIELD_CERTIFICATE_CHECKED, true, FIELD_CHECKED_ON, today()));
      if (LocalDate.parse(today()).getYear() >= year) {
        pay(enrolled); // next year's campaign, started early, pays from its own year on
      }
      ProcessInstance dropped = runtime.createProcessInstanceQuery().processInstanceId(continuing.get(1)).singleResult();
      complete(AID_CENTRE, dropped, TASK_CONFIRM_ENROLMENT,
          Map.of(FIELD_ENROLMENT_STATUS, "TRANSFERRED", FIELD_CERTIFICATE_CHECKED, false, FIELD_ENROLMENT_REASON, "转学至外省院校", FIELD_CHECKED_ON, today()));
    }
    // 核对申报材料
    apply(AID_CENTRE, "HARDSHIP_WORKER");
    ProcessInstance missing = apply(SCHOOL, "MIGRANT_WORKER");
    Map<String, Object> lacking = materials(missing);
    lacking.put(Material.POVERTY_RELIEF_BOOKLET.field(), Handling.MISSING.name());
    complete(AID_CENTRE, missing, TASK_CHECK_MATERIALS, lacking);
    // 初步认定
    ProcessInstance determining = apply(OTHER_SCHOOL, "HARDSHIP_WORKER");
    complete(AID_CENTRE, determining, TASK_CHECK_MATERIALS, materials(determining));
    // refused: the student is not a current graduate; the school tells the family
    ProcessInstance refused = apply(SCHOOL, "HARDSHIP_WORKER");
    complete(AID_CENTRE, refused, TASK_CHECK_MATERIALS, materials(refused));
    Map<String, Object> notGraduate = eligible();
    notGraduate.put(FIELD_IS_CURRENT_GRADUATE, false);
    complete(AID_CENTRE, refused, TASK_DETERMINE_ELIGIBILITY, notGraduate);
    // 填写申请表
    ProcessInstance form = apply(SCHOOL, "HARDSHIP_WORKER");
    complete(AID_CENTRE, form, TASK_CHECK_MATERIALS, materials(form));
    complete(AID_CENTRE, form, TASK_DETERMINE_ELIGIBILITY, eligible());
    // 入户调查核实, verified (waiting for the outcome), not verified (the family is being told)
    intake(apply(OTHER_SCHOOL, "HARDSHIP_WORKER"), OTHER_SCHOOL);
    ProcessInstance verified = apply(AID_CENTRE, "MIGRANT_WORKER");
    intake(verified, AID_CENTRE);
    verify(verified, true);
    ProcessInstance notVerified = apply(AID_CENTRE, "HARDSHIP_WORKER");
    intake(notVerified, AID_CENTRE);
    verify(notVerified, false);
  }

  private ProcessInstance startCampaign(int year) {
    ProcessInstance campaign =
        as(COUNTY, () -> runtime.startProcessInstanceByKey(CampaignProcess.PROCESS_KEY, Map.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, year)));
    execute(campaign, CampaignProcess.TASK_NOTIFY_CONTINUING_GRANTS);
    return campaign;
  }

  private ProcessInstance apply(String unit, String type) {
    String[] names = FAMILIES[family % FAMILIES.length];
    int n = family++;
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_APPLICANT_TYPE, type);
    form.put(FIELD_APPLICANT_NAME, names[0]);
    form.put(FIELD_APPLICANT_ID_NUMBER, idNumber(1974, n));
    form.put(FIELD_STUDENT_NAME, names[1]);
    form.put(FIELD_STUDENT_ID_NUMBER, idNumber(2007, n));
    form.put(FIELD_CONTACT_PHONE, "1389310" + String.format("%04d", 1000 + n));
    return as(unit, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, form));
  }

  private void intake(ProcessInstance app, String unit) {
    complete(AID_CENTRE, app, TASK_CHECK_MATERIALS, materials(app));
    complete(AID_CENTRE, app, TASK_DETERMINE_ELIGIBILITY, eligible());
    complete(unit, app, TASK_SUBMIT_APPLICATION_FORM, Map.of(
        FIELD_UNIVERSITY, universityOf(app),
        FIELD_MAJOR, "计算机科学与技术", FIELD_PROGRAMME_YEARS, "4", FIELD_GAOKAO_SCORE, 560 + (int) (Math.abs(app.getId().hashCode()) % 80),
        FIELD_FAMILY_SITUATION, "家庭主要劳动力因病失去劳动能力，靠低保生活", FIELD_PUBLICITY_CONSENT, true));
  }

  private String universityOf(ProcessInstance app) {
    String student = applications.require(app.getId()).getStudentName();
    for (String[] f : FAMILIES) {
      if (f[1].equals(student)) {
        return f[2];
      }
    }
    return "兰州大学";
  }

  private void verify(ProcessInstance app, boolean verified) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_VISIT_DATE, today());
    form.put(FIELD_VISITOR_ONE, "尹红");
    form.put(FIELD_VISITOR_TWO, "马强");
    form.put(FIELD_FINDINGS, verified ? "家庭情况与申报一致" : "家中开办商店，收入稳定");
    form.put(FIELD_VERIFICATION_RESULT, verified ? "VERIFIED" : "NOT_VERIFIED");
    if (verified) {
      form.put(HouseholdFields.WORKPLACE, "示范县城关镇环卫所");
      form.put(HouseholdFields.ADDRESS, "示范县城关镇东街" + (10 + family) + "号");
      form.put(HouseholdFields.HOUSEHOLD_SIZE, 3);
      form.put(HouseholdFields.MONTHLY_INCOME, 1500);
      form.put(HouseholdFields.CAUSE, "主要劳动力因病失去劳动能力");
      form.put(HouseholdFields.SUDDEN_HARDSHIP, true);
    } else {
      form.put(FIELD_VERIFICATION_REASON, "家中开办商店，收入高于当地低保标准");
    }
    complete(AID_CENTRE, app, TASK_VERIFY_HOUSEHOLD, form);
  }

  private void pay(ProcessInstance app) {
    complete(COUNTY, app, TASK_PAY_GRANT, Map.of(FIELD_PAID_ON, today(), FIELD_PAYMENT_METHOD, "BANK_TRANSFER",
        FIELD_VOUCHER_NUMBER, "记-" + number(app), FIELD_RECEIPT_SIGNED, true));
  }

  private Map<String, Object> materials(ProcessInstance app) {
    Map<String, Object> form = new HashMap<>();
    ApplicationService.required(runtime.getVariable(app.getId(), VAR_REQUIRED_MATERIALS))
        .forEach((material, handling) -> form.put(material.field(), handling.name()));
    return form;
  }

  private static Map<String, Object> eligible() {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_IS_CURRENT_GRADUATE, true);
    form.put(FIELD_ADMISSION_BATCH, "UNDERGRADUATE");
    form.put(FIELD_FORMALLY_ADMITTED, true);
    form.put(FIELD_GOOD_GRADES_AND_CONDUCT, true);
    form.put(FIELD_HAS_COUNTY_HUKOU, true);
    form.put(FIELD_FAMILY_HARDSHIP_CAUSE, "BREADWINNER_DISABLED");
    return form;
  }

  private String number(ProcessInstance app) {
    return applications.require(app.getId()).getNumber();
  }

  private String unitOf(ProcessInstance app) {
    return applications.require(app.getId()).getRegisteredUnit();
  }

  private void complete(String unit, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    as(unit, () -> tasks.complete(task.getId(), form));
  }

  private void execute(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    management.executeJob(job.getId());
  }

  private String groupOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElseThrow();
  }

  /** Runs as a clerk of the unit or body: the demo user of it when there is one, with its groups and tenants. */
  private <T> T as(String unit, Supplier<T> work) {
    String user =
        identity.createUserQuery().memberOfGroup(unit).list().stream().map(u -> u.getId()).sorted().findFirst().orElse("demo-seed");
    List<String> groups = new ArrayList<>(identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    List<String> tenants =
        new ArrayList<>(identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
    if (!groups.contains(unit)) {
      // a unit without a demo clerk (a school's union): a clerk of it, as Admin would make one
      groups.add(Roles.CLERKS);
      groups.add(unit);
      tenants.add(unit);
    }
    identity.setAuthentication(user, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void as(String unit, Runnable work) {
    as(unit, () -> {
      work.run();
      return null;
    });
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(CampaignSchedule.ZONE).toInstant()));
  }

  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignSchedule.ZONE).toString();
  }

  /** A valid 居民身份证号码 of a fictional person born in {@code year} in 示范县 (620102), the n-th demo family. */
  static String idNumber(int year, int n) {
    String first17 = "620102" + year + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", 101 + n * 2);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
