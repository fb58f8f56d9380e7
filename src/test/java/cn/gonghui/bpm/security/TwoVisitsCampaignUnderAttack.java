package cn.gonghui.bpm.security;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.security.AttackedProcess.ApiTarget;
import cn.gonghui.bpm.security.AttackedProcess.Fixtures;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import cn.gonghui.bpm.twovisits.TwoVisitsFixtures;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignSchedule;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.VisitService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code two-visits-campaign} (双走访、促三保) under attack: the campaign of a school's union of the county's education
 * union (SFX-JY), whose sibling is 示范县第一中学工会 (yizhong-clerk). The school is the suite's own (攻击测试学校工会,
 * created on first use with its clerk): a union has one campaign per school year and a start date lies within a
 * year of today, so one union has at most three campaigns open at once; the demo's schools keep theirs for the
 * other tests. The fixture makes room for a new campaign by cancelling the suite's oldest campaign of the school
 * (as an administrator deleting the case would), never its newest, and the races run one at a time.
 *
 * <p>Each case has its visits listed as 确定走访对象 would (one 教研组, one household found now), so that the
 * parallel visits, moved to by the suite, are real tasks with their records; the home visit carries a complete
 * 困难职工情况登记表 (personal data that must never reach the hardship register on a refusal).
 */
final class TwoVisitsCampaignUnderAttack {

  static final String KEY = "two-visits-campaign";
  static final String SUPERIOR = "SFX-JY";
  static final String SUPERIOR_CLERK = "jiaoyu-clerk";
  static final String SCHOOL = "SFX-JY-GJ1";
  static final String SCHOOL_CLERK = "gongji1-clerk";
  static final String SIBLING_CLERK = "yizhong-clerk";

  private TwoVisitsCampaignUnderAttack() {}

  static AttackedProcess process() {
    List<String> outsiders = List.of(SIBLING_CLERK, SUPERIOR_CLERK, "jiaoyu-manager");
    String today = today().toString();
    Map<String, Object> home = new LinkedHashMap<>();
    home.put("visitDate", today);
    home.put("visitors", "王建国、李梅");
    home.put("findings", "配偶重病，孩子上学，生活困难，思想稳定");
    home.putAll(TwoVisitsFixtures.household("周明", TwoVisitsFixtures.newIdNumber(), 3, 2000));
    home.put("problems", "希望协调减免孩子学杂费");
    Map<String, Object> department = new LinkedHashMap<>();
    department.put("visitDate", today);
    department.put("visitForm", "FORUM");
    department.put("peopleReached", 9);
    department.put("opinions", "希望增加教研经费");
    department.put("payOpinions", "绩效工资向一线教师倾斜");
    department.put("problems", "乡村教师交通补贴未落实");
    AttackedProcess process =
        new AttackedProcess(
            KEY,
            SCHOOL,
            SCHOOL_CLERK,
            List.of(SIBLING_CLERK, "batou-clerk", SUPERIOR_CLERK, "dongjie-clerk"),
            TwoVisitsCampaignUnderAttack::startForm,
            TwoVisitsCampaignUnderAttack::freeStart,
            fixtures -> systemVariables(fixtures, SCHOOL),
            List.of("Task_HoldCongress", "Task_PayFestivalRelief"),
            TwoVisitsCampaignUnderAttack::startCase,
            "Task_RecordStudy",
            List.of(
                new TaskTarget("Task_RecordStudy", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("studyDate", today, "documentsStudied", "省教育工会关于开展“双走访、促三保”活动的通知", "participants", 12)),
                new TaskTarget("Task_DraftImplementationPlan", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("planTitle", "攻击测试学校“双走访、促三保”活动实施方案", "planText", "分宣传发动、深入走访、研究解决、建立长效机制四个阶段")),
                new TaskTarget("Task_FormLeadingGroup", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("groupMembers", "王建国,组长\n李梅,副组长\n朱小烨,委员\n朱小烨,办公室主任")),
                new TaskTarget("Task_PostNotice", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("postedOn", today, "postedItems", "活动实施方案、领导小组名单")),
                new TaskTarget("Task_HoldGroupMeeting", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("meetingDate", today, "attendees", 3, "measures", "分组走访各教研组，入户走访困难教师")),
                new TaskTarget("Task_ListVisitTargets", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("departments", "语、数教研组\n理、化、政、史教研组", "newHouseholds", "张老师家")),
                new TaskTarget("Task_VisitDepartment", SCHOOL_CLERK, outsiders, Map.of(), department),
                new TaskTarget("Task_VisitHousehold", SCHOOL_CLERK, outsiders, Map.of(), home),
                new TaskTarget("Task_ReviewResearch", SCHOOL_CLERK, outsiders, Map.of(), Map.of("reviewNote", "问题均已归类并办理")),
                new TaskTarget("Task_HoldFestivalRelief", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("reliefDate", today, "reliefVisitors", "王建国、李梅", "retirees", "")),
                new TaskTarget("Task_WriteYearSummary", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("summaryTitle", "“双走访、促三保”活动学年工作总结", "summaryDate", today, "summaryText", "走访两个教研组、一户困难家庭")),
                new TaskTarget("Task_PlanNextYear", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("workPlanTitle", "下学年工会工作计划", "workPlanText", "继续开展“双走访、促三保”活动", "twoVisitsIncluded", true)),
                new TaskTarget("Task_HoldCongress", SCHOOL_CLERK, outsiders, Map.of(),
                    Map.of("congressDate", today, "delegatesTotal", 30, "delegatesPresent", 25, "resolutions", "通过学校工作报告"))),
            List.of(
                new ApiTarget("/api/two-visits/campaigns", TwoVisitsCampaignUnderAttack::startForm, null, null, null, 201, null, true)),
            List.of(),
            Map.of("orgUnitCode", SCHOOL));
    return process
        .withOpenCasesPerUnit(1)
        // no start form field names the union: another unit's clerk can only name it in orgUnitCode (the system's)
        .withForeignStart(fixtures -> Map.of("startDate", today, "orgUnitCode", SCHOOL));
  }

  /**
   * Every variable only the system writes in a 双走访 case (TwoVisitsDescription), each with a forged value: another
   * campaign, superior or year, phases that are never late, the visits and problems of other cases, the texts the
   * forms show.
   */
  static Map<String, Object> systemVariables(Fixtures fixtures, String unit) {
    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put("orgUnitCode", "SFX-JY-YZ"); // the case would move to the sibling school
    forged.put("campaignId", 1L);
    forged.put("superiorUnitCode", unit); // the school would answer its own reports
    forged.put("campaignYear", 2020L);
    forged.put("campaignLabel", "2020—2021学年");
    for (int phase = 1; phase <= 4; phase++) {
      forged.put("phase" + phase + "Due", "2099-12-31T23:59:59");
      forged.put("phase" + phase + "LateAt", "2099-12-31T23:59:59");
    }
    forged.put("reliefOpensAt", "2099-01-01T00:00:00");
    forged.put("reliefDue", "2099-12-31T23:59:59");
    forged.put("departmentVisitIds", List.of(1L));
    forged.put("departmentVisitId", 1L);
    forged.put("homeVisitIds", List.of(1L));
    forged.put("homeVisitId", 1L);
    forged.put("launchedBy", SUPERIOR_CLERK);
    forged.put("launchedByUnit", SUPERIOR);
    forged.put("visitSubject", "伪造的走访对象");
    forged.put("registerHouseholds", "0");
    forged.put("problemOverview", "全部问题已解决");
    forged.put("reliefList", "伪造的慰问名单");
    forged.put("campaignFigures", "伪造的统计");
    forged.put("latePhase", 1L);
    forged.put("problemId", 1L);
    forged.put("problemText", "伪造的问题");
    forged.put("problemDue", "2099-12-31T23:59:59");
    forged.put("issueRoute", "UNION_SOLVES");
    forged.put("reportText", "伪造的汇报");
    forged.put("answerNotice", "伪造的答复");
    return forged;
  }

  // ---- the suite's own schools and their campaigns ---------------------------------------------------

  static LocalDate today() {
    return CampaignSchedule.today();
  }

  /** Creates (once) a school's union under the education union with a clerk who has the demo password. */
  static synchronized void ensureSchool(Fixtures fixtures, String code, String name, String clerk) {
    OrgUnitService units = fixtures.bean(OrgUnitService.class);
    if (units.find(code).isEmpty()) {
      units.createGrassrootsUnion(code, name, SUPERIOR);
    }
    var identity = fixtures.engine().getIdentityService();
    if (identity.createUserQuery().userId(clerk).count() == 0) {
      var user = identity.newUser(clerk);
      user.setFirstName("攻击测试");
      user.setLastName("办事员");
      user.setPassword(PostgresIntegrationTest.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(clerk, Roles.CLERKS);
      identity.createMembership(clerk, code);
    }
  }

  static void ensureSchool(Fixtures fixtures) {
    ensureSchool(fixtures, SCHOOL, "攻击测试学校工会", SCHOOL_CLERK);
  }

  /** A start date of each school year a start may be for (within a year of today), one per year. */
  static List<LocalDate> startDates() {
    LocalDate today = today();
    Map<Integer, LocalDate> byYear = new LinkedHashMap<>();
    for (LocalDate date : List.of(today.minusYears(1).plusDays(2), today, today.plusYears(1).minusDays(2))) {
      byYear.putIfAbsent(date.getYear(), date);
    }
    return new ArrayList<>(byYear.values());
  }

  /** The start dates of the school years in which {@code unit} has no campaign (cancelled ones aside). */
  static List<LocalDate> freeDates(Fixtures fixtures, String unit) {
    Set<Integer> taken = new LinkedHashSet<>();
    for (Campaign campaign : fixtures.bean(CampaignService.class).ofUnit(unit)) {
      if (campaign.getStatus() != Campaign.Status.CANCELLED) {
        taken.add(campaign.getCampaignYear());
      }
    }
    return startDates().stream().filter(date -> !taken.contains(date.getYear())).toList();
  }

  /**
   * Makes room for {@code free} more campaigns of {@code unit} (as far as it can): cancels the suite's oldest open
   * campaigns of the school, never its newest (the case a test may be working on).
   */
  static synchronized void makeRoom(Fixtures fixtures, String unit, int free) {
    List<Campaign> open =
        new ArrayList<>(
            fixtures.bean(CampaignService.class).ofUnit(unit).stream().filter(c -> c.getStatus() != Campaign.Status.CANCELLED).toList());
    open.sort(Comparator.comparing(Campaign::getId));
    var runtime = fixtures.engine().getRuntimeService();
    while (freeDates(fixtures, unit).size() < free && open.size() > 1) {
      Campaign oldest = open.remove(0);
      if (runtime.createProcessInstanceQuery().processInstanceId(oldest.getProcessInstanceId()).count() > 0) {
        runtime.deleteProcessInstance(oldest.getProcessInstanceId(), "攻击测试为新活动腾出学年");
      }
    }
  }

  /**
   * The start form of a new campaign of the school: a school year without one. Writes nothing while there is such a
   * year (the suite calls this between refused requests); cancels an old campaign when there is none.
   */
  static synchronized Map<String, Object> startForm(Fixtures fixtures) {
    ensureSchool(fixtures);
    if (freeDates(fixtures, SCHOOL).isEmpty()) {
      makeRoom(fixtures, SCHOOL, 1);
    }
    List<LocalDate> free = freeDates(fixtures, SCHOOL);
    return Map.of("startDate", (free.isEmpty() ? today() : free.get(0)).toString());
  }

  /** A start the starter may make now: room made for it first. */
  static synchronized Map<String, Object> freeStart(Fixtures fixtures) {
    ensureSchool(fixtures);
    makeRoom(fixtures, SCHOOL, 1);
    return startForm(fixtures);
  }

  /**
   * A campaign of {@code unit} started by the system in 记录学习文件, with room left for one more start, and its
   * visits listed: one 教研组 and one household found now, whose ids the parallel visits read.
   */
  static synchronized String startCase(Fixtures fixtures, String unit) {
    ensureSchool(fixtures);
    makeRoom(fixtures, unit, 2);
    List<LocalDate> free = freeDates(fixtures, unit);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("orgUnitCode", unit);
    variables.put("startDate", (free.isEmpty() ? today() : free.get(0)).toString());
    var runtime = fixtures.engine().getRuntimeService();
    String instance = runtime.startProcessInstanceByKey(KEY, variables).getId();
    VisitService.Targets targets =
        fixtures.bean(VisitService.class).listTargets(instance, "语文教研组", "周老师家", "departments", "newHouseholds");
    Map<String, Object> visits = new LinkedHashMap<>();
    visits.put("departmentVisitIds", targets.departmentVisitIds());
    visits.put("homeVisitIds", targets.homeVisitIds());
    visits.put("departmentVisitId", targets.departmentVisitIds().get(0));
    visits.put("homeVisitId", targets.homeVisitIds().get(0));
    runtime.setVariables(instance, visits);
    return instance;
  }
}
