package cn.gonghui.bpm.security;

import cn.gonghui.bpm.security.AttackedProcess.Fixtures;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import cn.gonghui.bpm.twovisits.process.IssueRaiser;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.VisitService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code two-visits-issue} (双走访问题) under attack: a problem raised in a 教研组 visit of the campaign of the suite's
 * second school (攻击测试学校二工会, SFX-JY-GJ2), reported to the county's education union (jiaoyu-clerk answers).
 * Only the system starts the process — a problem's case starts when a visit records it — so every user's start is
 * refused; the suite raises its problems as a visit would, in one long-lived campaign of the school.
 */
final class TwoVisitsIssueUnderAttack {

  static final String KEY = "two-visits-issue";
  static final String SCHOOL = "SFX-JY-GJ2";
  static final String SCHOOL_CLERK = "gongji2-clerk";

  private static final Map<String, String[]> HOSTS = new ConcurrentHashMap<>();
  private static final AtomicInteger PROBLEMS = new AtomicInteger();

  private TwoVisitsIssueUnderAttack() {}

  static AttackedProcess process() {
    String today = TwoVisitsCampaignUnderAttack.today().toString();
    List<String> school = List.of("yizhong-clerk", TwoVisitsCampaignUnderAttack.SUPERIOR_CLERK, "jiaoyu-manager");
    return new AttackedProcess(
            KEY,
            SCHOOL,
            SCHOOL_CLERK,
            List.of("yizhong-clerk", "batou-clerk", TwoVisitsCampaignUnderAttack.SUPERIOR_CLERK, "dongjie-clerk"),
            fixtures -> Map.of(),
            fixtures -> Map.of("problemId", problemOf(fixtures, startCase(fixtures, SCHOOL))),
            fixtures -> TwoVisitsCampaignUnderAttack.systemVariables(fixtures, SCHOOL),
            List.of("Task_SolveByUnion", "Task_AssistSolution"),
            TwoVisitsIssueUnderAttack::startCase,
            "Task_ClassifyProblem",
            List.of(
                new TaskTarget("Task_ClassifyProblem", SCHOOL_CLERK, school, Map.of(),
                    Map.of("nature", "OBJECTIVE", "category", "PAY_AND_BENEFITS", "canUnionSolve", "false", "withinUnitAuthority", "false",
                        "classificationNote", "涉及县级财政，学校无权决定")),
                new TaskTarget("Task_SolveByUnion", SCHOOL_CLERK, school, Map.of("issueRoute", "UNION_SOLVES"),
                    Map.of("measure", "工会出面协调食堂", "outcome", "SOLVED", "outcomeNote", "已调整供餐时间")),
                new TaskTarget("Task_ReportToAdministration", SCHOOL_CLERK, school, Map.of("issueRoute", "REPORT_TO_ADMINISTRATION"),
                    Map.of("reportDate", today, "reportedTo", "总务处", "proposal", "建议更换办公室电脑")),
                new TaskTarget("Task_ReportToSuperior", SCHOOL_CLERK, school, Map.of("issueRoute", "REPORT_TO_SUPERIOR"),
                    Map.of("reportDate", today, "proposal", "建议县教育局落实乡村教师交通补贴")),
                new TaskTarget("Task_AnswerReport", TwoVisitsCampaignUnderAttack.SUPERIOR_CLERK,
                    List.of(SCHOOL_CLERK, "yizhong-clerk", "batou-clerk", "chengguan-clerk"), Map.of("issueRoute", "REPORT_TO_SUPERIOR"),
                    Map.of("answerOutcome", "GUIDANCE", "answer", "请学校先从工会经费中予以补助，县局统筹解决")),
                new TaskTarget("Task_AssistSolution", SCHOOL_CLERK, school, Map.of("issueRoute", "REPORT_TO_SUPERIOR"),
                    Map.of("progress", "已协助学校发放补助", "outcome", "SOLVED", "outcomeNote", "补助已发放到位"))),
            List.of(),
            List.of(),
            Map.of())
        .withSystemStartOnly();
  }

  /**
   * A problem's case in 归类问题, raised as a 教研组 visit of the unit's campaign raises it (the campaign is started
   * once, by the system); returns the issue's instance id.
   */
  static String startCase(Fixtures fixtures, String unit) {
    if (unit.equals(SCHOOL)) {
      TwoVisitsCampaignUnderAttack.ensureSchool(fixtures, SCHOOL, "攻击测试学校二工会", SCHOOL_CLERK);
    }
    String[] host = HOSTS.computeIfAbsent(unit, u -> hostCampaign(fixtures, u));
    List<Problem> raised =
        fixtures.bean(IssueRaiser.class)
            .raise(host[0], Problem.Source.DEPARTMENT, Long.parseLong(host[1]), "攻击测试问题" + PROBLEMS.incrementAndGet() + "：办公室电脑老旧",
                "problems", TwoVisitsCampaignUnderAttack.today(), SCHOOL_CLERK);
    return fixtures.engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("problemId", raised.get(0).getId()).singleResult().getId();
  }

  /** The campaign (case id, a 教研组 visit's id) the unit's problems are raised in. */
  private static synchronized String[] hostCampaign(Fixtures fixtures, String unit) {
    var runtime = fixtures.engine().getRuntimeService();
    String instance = null;
    for (Campaign campaign : fixtures.bean(CampaignService.class).ofUnit(unit)) {
      if (campaign.getStatus() != Campaign.Status.CANCELLED
          && runtime.createProcessInstanceQuery().processInstanceId(campaign.getProcessInstanceId()).count() > 0) {
        instance = campaign.getProcessInstanceId();
        break;
      }
    }
    if (instance == null) {
      instance = runtime.startProcessInstanceByKey("two-visits-campaign", Map.of("orgUnitCode", unit)).getId();
    }
    long visit =
        fixtures.bean(VisitService.class).listTargets(instance, "语文教研组" + PROBLEMS.incrementAndGet(), "", "departments", "newHouseholds")
            .departmentVisitIds().get(0);
    return new String[] {instance, String.valueOf(visit)};
  }

  private static long problemOf(Fixtures fixtures, String issue) {
    return ((Number) fixtures.engine().getRuntimeService().getVariable(issue, "problemId")).longValue();
  }
}
