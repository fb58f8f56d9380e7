package cn.gonghui.bpm.bench;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.twovisits.IssueProcess;
import cn.gonghui.bpm.twovisits.process.CampaignLauncher;
import cn.gonghui.bpm.twovisits.record.CampaignSchedule;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds 双走访 through the engine in the application's JVM, as the users who do it: the education union's clerk
 * launches this school year's campaign for every school below it in one action (as {@code /gonghui/two-visits.html}
 * does, through {@link CampaignLauncher}); then, after the job executor has flagged the phases whose time has passed,
 * the clerks of {@code active} schools (spread over the list) finish phase 1, list two departments and visit the first,
 * raising three problems ({@code two-visits-issue} cases): the first solved by the union, the second reported to the
 * school's administration, the third reported to the education union (whose clerk has it to answer) at every other
 * active school and left to classify at the others. The other schools stay at phase 1.
 */
final class TwoVisitsSeeder {

  /** What was seeded: campaigns per school (case ids), problems raised, problems reported to the education union. */
  record Result(Map<String, String> campaignOf, List<String> activeSchools, int problems, int reported) {}

  private final BenchClerks clerks;
  private final TransactionTemplate tx;
  private final CampaignLauncher launcher;
  private final CampaignService campaigns;
  private final ProblemService problems;

  TwoVisitsSeeder(ProcessEngine engine, ApplicationContext app) {
    this.clerks = new BenchClerks(engine.getIdentityService(), engine.getTaskService());
    this.tx = app.getBean(TransactionTemplate.class);
    this.launcher = app.getBean(CampaignLauncher.class);
    this.campaigns = app.getBean(CampaignService.class);
    this.problems = app.getBean(ProblemService.class);
  }

  /** The launch of every school's campaign by the education union's clerk; the schools' case ids. */
  Map<String, String> launch() {
    Map<String, String> campaignOf = new LinkedHashMap<>();
    List<CampaignLauncher.Launched> launched =
        clerks.as(BenchOrgTree.EDUCATION_UNION, () -> launcher.launch(BenchOrgTree.EDUCATION_UNION, null, null));
    for (CampaignLauncher.Launched l : launched) {
      if (l.caseId() == null) {
        throw new IllegalStateException("the launch skipped " + l.unitCode() + ": " + l.skipped());
      }
      campaignOf.put(l.unitCode(), l.caseId());
    }
    return campaignOf;
  }

  /** Moves {@code active} schools' campaigns on (see the class); call once the launch's due jobs have run. */
  Result work(Map<String, String> campaignOf, List<String> schools, int active, int threads) throws Exception {
    List<String> activeSchools = new ArrayList<>();
    for (int k = 0; k < active && k < schools.size(); k++) {
      activeSchools.add(schools.get((int) ((long) k * schools.size() / active)));
    }
    String today = LocalDate.now(CampaignSchedule.ZONE).toString();
    AtomicInteger raised = new AtomicInteger();
    AtomicInteger reported = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int k = 0; k < activeSchools.size(); k++) {
        int index = k;
        String school = activeSchools.get(k);
        done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
          String caseId = campaignOf.get(school);
          phaseOne(school, caseId, today);
          clerks.complete(school, caseId, TASK_LIST_VISIT_TARGETS, Map.of(FIELD_DEPARTMENTS, "语文教研组\n数学教研组"));
          Map<String, Object> visit = new HashMap<>();
          visit.put(FIELD_VISIT_DATE, today);
          visit.put(FIELD_VISIT_FORM, VISIT_FORM_BOTH);
          visit.put(FIELD_PEOPLE_REACHED, 12 + index % 10);
          visit.put(FIELD_OPINIONS, "教师普遍关心绩效工资实施方案");
          visit.put(FIELD_PAY_OPINIONS, "班主任津贴偏低");
          visit.put(FIELD_PROBLEMS, "班主任津贴偏低\n教师周转房屋顶漏雨\n乡村教师交通补贴未落实");
          clerks.complete(school, caseId, TASK_VISIT_DEPARTMENT, visit);
          List<Problem> found = problems.ofCampaign(campaigns.require(caseId).getId());
          if (found.size() != 3) {
            throw new IllegalStateException(school + " raised " + found.size() + " problems, not 3");
          }
          raised.addAndGet(found.size());
          classify(school, found.get(0), "SUBJECTIVE", "PERFORMANCE_PAY", true, true);
          clerks.complete(school, found.get(0).getProcessInstanceId(), IssueProcess.TASK_SOLVE_BY_UNION, Map.of(
              IssueProcess.FIELD_MEASURE, "向校务会提出调整建议", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_SOLVED,
              IssueProcess.FIELD_OUTCOME_NOTE, "班主任津贴每月提高100元"));
          classify(school, found.get(1), "OBJECTIVE", "WORKING_CONDITIONS", false, true);
          clerks.complete(school, found.get(1).getProcessInstanceId(), IssueProcess.TASK_REPORT_TO_ADMINISTRATION, Map.of(
              IssueProcess.FIELD_REPORT_DATE, today, IssueProcess.FIELD_REPORTED_TO, "总务处", IssueProcess.FIELD_PROPOSAL, "寒假期间维修屋顶"));
          if (index % 2 == 0) {
            classify(school, found.get(2), "OBJECTIVE", "PAY_AND_BENEFITS", false, false);
            clerks.complete(school, found.get(2).getProcessInstanceId(), IssueProcess.TASK_REPORT_TO_SUPERIOR, Map.of(
                IssueProcess.FIELD_REPORT_DATE, today, IssueProcess.FIELD_PROPOSAL, "建议县教育局落实乡村教师交通补贴"));
            reported.incrementAndGet();
          }
        })));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(campaignOf, activeSchools, raised.get(), reported.get());
  }

  private void phaseOne(String school, String caseId, String today) {
    clerks.complete(school, caseId, TASK_RECORD_STUDY, Map.of(FIELD_STUDY_DATE, today, FIELD_PARTICIPANTS, 15,
        FIELD_DOCUMENTS, "中国工会十五大文件\n省工会关于开展“双走访，促三保”活动的文件"));
    clerks.complete(school, caseId, TASK_DRAFT_IMPLEMENTATION_PLAN, Map.of(FIELD_PLAN_TITLE, "开展“双走访、促三保”活动的实施方案",
        FIELD_PLAN_TEXT, "走访调研与宣传鼓劲相结合，发现问题与解决问题相结合。"));
    clerks.complete(school, caseId, TASK_FORM_LEADING_GROUP, Map.of(FIELD_GROUP_MEMBERS, "张校长,组长\n李老师,副组长\n王老师,委员\n王老师,办公室主任"));
    clerks.complete(school, caseId, TASK_POST_NOTICE, Map.of(FIELD_POSTED_ON, today, FIELD_POSTED_ITEMS, "省工会文件、本会实施方案、领导小组名单"));
    clerks.complete(school, caseId, TASK_HOLD_GROUP_MEETING, Map.of(FIELD_MEETING_DATE, today, FIELD_ATTENDEES, 3,
        FIELD_MEASURES, "领导小组成员分工包教研组"));
  }

  private void classify(String school, Problem problem, String nature, String category, boolean union, boolean unit) {
    clerks.complete(school, problem.getProcessInstanceId(), IssueProcess.TASK_CLASSIFY, Map.of(
        IssueProcess.FIELD_NATURE, nature, IssueProcess.FIELD_CATEGORY, category,
        IssueProcess.FIELD_CAN_UNION_SOLVE, String.valueOf(union), IssueProcess.FIELD_WITHIN_UNIT_AUTHORITY, String.valueOf(unit)));
  }
}
