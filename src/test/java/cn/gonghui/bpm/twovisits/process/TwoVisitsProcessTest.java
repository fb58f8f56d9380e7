package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;
import static cn.gonghui.bpm.twovisits.TwoVisitsFixtures.household;
import static cn.gonghui.bpm.twovisits.TwoVisitsFixtures.newIdNumber;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gonghui.bpm.hardship.AidKind;
import cn.gonghui.bpm.hardship.HardshipAid;
import cn.gonghui.bpm.hardship.HardshipCategory;
import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdDetails;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.UnitAccessDeniedException;
import cn.gonghui.bpm.testkit.ProcessTest;
import cn.gonghui.bpm.twovisits.IssueProcess;
import cn.gonghui.bpm.twovisits.TwoVisitsFixtures;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignDocument;
import cn.gonghui.bpm.twovisits.record.CampaignPhase;
import cn.gonghui.bpm.twovisits.record.CampaignRecordService;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.FiguresService;
import cn.gonghui.bpm.twovisits.record.GroupMember;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import cn.gonghui.bpm.twovisits.record.ProblemStep;
import cn.gonghui.bpm.twovisits.record.Relief;
import cn.gonghui.bpm.twovisits.record.ReliefService;
import cn.gonghui.bpm.twovisits.record.VisitService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code two-visits-campaign} and {@code two-visits-issue} with the real models, forms, DMN tables,
 * listeners and services, done by the clerks of fresh schools under the demo county's education union (SFX-JY),
 * whose clerks answer what the schools report. Process-test coverage must reach 90% of both processes.
 */
class TwoVisitsProcessTest extends ProcessTest {

  static final String EDUCATION_UNION = "SFX-JY";

  @Autowired OrgUnitService orgUnits;
  @Autowired CampaignService campaigns;
  @Autowired CampaignRecordService records;
  @Autowired VisitService visits;
  @Autowired ProblemService problems;
  @Autowired ReliefService reliefs;
  @Autowired FiguresService figures;
  @Autowired HardshipRegister register;
  @Autowired CampaignLauncher launcher;

  // ---- a whole campaign -----------------------------------------------------------------------------

  @Test
  void aSchoolRunsItsCampaignThroughTheFourPhasesWithVisitsFilesProblemsAndFestivalRelief() {
    String school = newSchool();
    String filedId = newIdNumber();
    HardshipFile filed = asClerkOf(school, () -> register.save(
        HouseholdDetails.from(household("张卫东", filedId, 3, 1500)), school, "test"));
    Assertions.assertThat(filed.getCategory()).isEqualTo(HardshipCategory.DEEP);

    ProcessInstance campaign = startCampaign(school, "2026-11-15");
    Campaign record = campaigns.require(campaign.getId());
    Assertions.assertThat(record.getOrgUnitCode()).isEqualTo(school);
    Assertions.assertThat(record.getSuperiorUnitCode()).isEqualTo(EDUCATION_UNION);
    // a start in mid-November shifts every window (the default start, 10月1日, is in the lateness test)
    Assertions.assertThat(record.getEndDate()).isEqualTo(LocalDate.of(2027, 8, 14));
    Assertions.assertThat(record.getFestivalDate()).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(campaign).variables().containsEntry(VAR_CAMPAIGN_LABEL, "2026—2027学年").containsEntry(VAR_CAMPAIGN_ID, record.getId());
    assertThat(campaign).hasBusinessKey(orgUnits.require(school).getName() + " 2026—2027学年双走访");

    // Phase 1: 宣传发动, each task offered to the school, due at the end of November.
    assertThat(campaign).isWaitingAt(TASK_RECORD_STUDY, TIMER_RELIEF_DUE);
    assertThat(task(campaign)).hasCandidateGroup(school);
    Assertions.assertThat(task(campaign).getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 1, 14)));
    runPhaseOne(campaign, school);
    Assertions.assertThat(records.studies(record.getId())).hasSize(2);
    Assertions.assertThat(records.leadingGroup(record.getId()))
        .extracting(GroupMember::getName, GroupMember::getRole)
        .containsExactly(
            tuple("廖孝感", GroupMember.Role.LEADER), tuple("宋泽宝", GroupMember.Role.DEPUTY_LEADER),
            tuple("朱小烨", GroupMember.Role.MEMBER), tuple("朱小烨", GroupMember.Role.OFFICE_DIRECTOR));
    Assertions.assertThat(records.documents(record.getId())).extracting(d -> d.kind()).containsExactly(CampaignDocument.Kind.IMPLEMENTATION_PLAN);
    Assertions.assertThat(campaigns.phases(record.getId()).get(0).getCompletedAt()).isNotNull();
    Assertions.assertThat(campaigns.phases(record.getId()).get(0).isLate()).isFalse();

    // Phase 2: the listing form counts the register's households; one department, two homes (filed, found now).
    assertThat(campaign).isWaitingAt(TASK_LIST_VISIT_TARGETS);
    Assertions.assertThat(engine.getTaskService().getVariableLocal(task(campaign).getId(), VAR_REGISTER_HOUSEHOLDS)).isEqualTo("1");
    completeAs(school, task(campaign), Map.of(FIELD_DEPARTMENTS, "语文、数学教研组\n理、化、政、史教研组", FIELD_NEW_HOUSEHOLDS, "王老师家"));
    List<Task> departmentTasks = tasks(campaign, TASK_VISIT_DEPARTMENT);
    List<Task> homeTasks = tasks(campaign, TASK_VISIT_HOUSEHOLD);
    Assertions.assertThat(departmentTasks).hasSize(2);
    Assertions.assertThat(homeTasks).hasSize(2);
    Assertions.assertThat(departmentTasks).extracting(t -> engine.getTaskService().getVariableLocal(t.getId(), VAR_VISIT_SUBJECT))
        .containsExactlyInAnyOrder("走访对象：语文、数学教研组", "走访对象：理、化、政、史教研组");

    completeAs(school, departmentTasks.get(0), departmentVisit(24, "教师对绩效工资实施方案中班主任津贴偏低意见较大"));
    completeAs(school, departmentTasks.get(1), departmentVisit(18, null));
    Task filedHome = homeTaskFor(homeTasks, "困难职工档案第" + filed.getId() + "号");
    Task newHome = homeTaskFor(homeTasks, "王老师家");
    // the filed household's form names the file masked: its identity number is not in the task in full
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(filedHome.getId(), VAR_VISIT_SUBJECT))
        .contains(filedId.substring(0, 6) + "********").doesNotContain(filedId);
    // a 登记表 of another person for the filed household is refused, nothing written
    Map<String, Object> wrong = homeVisit(household("张卫东", newIdNumber(), 3, 1500), null);
    assertThatThrownBy(() -> completeAs(school, filedHome, wrong))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("与本次走访的档案");
    completeAs(school, filedHome, homeVisit(household("张卫东", filedId, 3, 1200), null));
    String newId = newIdNumber();
    completeAs(school, newHome, homeVisit(household("王建华", newId, 4, 3600), "王老师爱人医药费报销困难"));

    // the 登记表 created (or updated) the register's files, kept by the school; personal data left the case
    HardshipFile created = register.fileOf(newId).orElseThrow();
    Assertions.assertThat(created.getKeepingUnitCode()).isEqualTo(school);
    Assertions.assertThat(created.getCategory()).isEqualTo(HardshipCategory.RELATIVE);
    Assertions.assertThat(register.visitsOf(created.getId())).extracting(v -> v.getProcessInstanceId()).containsExactly(campaign.getId());
    Assertions.assertThat(register.fileOf(filedId).orElseThrow().getMonthlyIncome()).isEqualByComparingTo("1200");
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(campaign.getId())
        .variableNameIn(HouseholdFields.WORKER_ID_NUMBER, HouseholdFields.WORKER_NAME, HouseholdFields.MONTHLY_INCOME, FIELD_FINDINGS).count()).isZero();
    Assertions.assertThat(engine.getRuntimeService().getVariables(campaign.getId())).doesNotContainKeys(
        HouseholdFields.WORKER_ID_NUMBER, HouseholdFields.MONTHLY_INCOME, FIELD_FINDINGS);

    // two problems raised, one case each, owned by the school
    List<Problem> raised = problems.ofCampaign(record.getId());
    Assertions.assertThat(raised).extracting(Problem::getSource, Problem::getStatus, Problem::getDueDate)
        .containsExactly(
            tuple(Problem.Source.DEPARTMENT, Problem.Status.OPEN, LocalDate.of(2027, 6, 14)),
            tuple(Problem.Source.HOME, Problem.Status.OPEN, LocalDate.of(2027, 6, 14)));
    for (Problem p : raised) {
      ProcessInstance issue = issue(p);
      assertThat(issue).isWaitingAt(IssueProcess.TASK_CLASSIFY);
      Assertions.assertThat(issue.getTenantId()).isEqualTo(school);
    }

    assertThat(campaign).isWaitingAt(TASK_REVIEW_RESEARCH);
    // Phase 3: the review is refused while problems wait for classification.
    Task review = task(campaign, TASK_REVIEW_RESEARCH);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), VAR_PROBLEM_OVERVIEW))
        .contains("1. 教师对绩效工资实施方案中班主任津贴偏低意见较大（未分流，待归类）");
    assertThatThrownBy(() -> completeAs(school, review, Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("还有2个问题未归类或工会尚未解决");

    // 年关慰问: the timer opens the round three weeks before the festival.
    executeJob(campaign, TIMER_RELIEF_DUE);
    Task relief = task(campaign, TASK_HOLD_FESTIVAL_RELIEF);
    Assertions.assertThat(relief.getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 2, 5)));
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(relief.getId(), VAR_RELIEF_LIST))
        .contains("档案第" + filed.getId() + "号", "深度困难，400元", "相对困难，100元");
    String retiree = newIdNumber();
    assertThatThrownBy(() -> completeAs(school, relief, reliefForm("赵退休," + cn.gonghui.bpm.testkit.TestIdentities.withWrongCheckDigit(newIdNumber()))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("退休职工");
    completeAs(school, relief, reliefForm("赵退休," + retiree + "\n张卫东," + filedId));
    // save point: the register is written by a job (retried on failure)
    assertThat(campaign).isWaitingAt(TASK_PAY_FESTIVAL_RELIEF);
    executeJob(campaign, TASK_PAY_FESTIVAL_RELIEF);
    Assertions.assertThat(reliefs.ofCampaign(record.getId()))
        .extracting(Relief::getRecipientType, Relief::getAmount)
        .containsExactlyInAnyOrder(
            tuple(Relief.RecipientType.DEEP_HARDSHIP, new BigDecimal("400.00")),
            tuple(Relief.RecipientType.HARDSHIP, new BigDecimal("100.00")),
            tuple(Relief.RecipientType.RETIREE, new BigDecimal("100.00")));
    List<HardshipAid> aid = register.aidOf(register.fileOf(filedId).orElseThrow().getId());
    Assertions.assertThat(aid).extracting(HardshipAid::getKind, HardshipAid::getAmount, HardshipAid::getYear, HardshipAid::getProcessInstanceId)
        .containsExactly(tuple(AidKind.FESTIVAL_RELIEF, new BigDecimal("400.00"), 2027, campaign.getId()));

    // the problems: one solved by the union, one reported to the administration
    classify(raised.get(0), "SUBJECTIVE", "PERFORMANCE_PAY", true, true);
    complete(raised.get(0), IssueProcess.TASK_SOLVE_BY_UNION, Map.of(
        IssueProcess.FIELD_MEASURE, "向校务会提出调整班主任津贴的建议", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_SOLVED,
        IssueProcess.FIELD_OUTCOME_NOTE, "新学期起班主任津贴每月提高100元"));
    classify(raised.get(1), "OBJECTIVE", "LIVING_HARDSHIP", false, true);
    complete(raised.get(1), IssueProcess.TASK_REPORT_TO_ADMINISTRATION, Map.of(
        IssueProcess.FIELD_REPORT_DATE, "2026-12-01", IssueProcess.FIELD_REPORTED_TO, "校长办公室", IssueProcess.FIELD_PROPOSAL, "协调医保报销"));
    executeJob(campaign, LATE_TIMERS[2]);
    completeAs(school, task(campaign, TASK_REVIEW_RESEARCH), Map.of(FIELD_REVIEW_NOTE, "两个问题已解决或上报"));

    // Phase 4: the figures are counted for the summary; 双走访 must be in the plan; the 职代会 needs two thirds.
    Task summary = task(campaign, TASK_WRITE_YEAR_SUMMARY);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(summary.getId(), VAR_CAMPAIGN_FIGURES))
        .contains("走访教研组（部门）2个（计划2个），覆盖教职工42人次", "入户走访困难职工家庭2户（计划2户），填报困难职工情况登记表2户，其中新建档1户",
            "收集需解决的问题2个：工会自行解决1个，向本单位行政部门汇报1个；协助解决中1个，已解决1个",
            "年关慰问困难职工2户、退休职工1人，发放慰问金600元");
    completeAs(school, summary, Map.of(FIELD_SUMMARY_TITLE, "2026—2027学年工作总结", FIELD_SUMMARY_DATE, "2026-12-02", FIELD_SUMMARY_TEXT, "全面开展双走访"));
    Assertions.assertThat(records.summaries(record.getId())).singleElement()
        .satisfies(s -> {
          Assertions.assertThat(s.getHomeVisits()).isEqualTo(2);
          Assertions.assertThat(s.getProblemsOpen()).isEqualTo(1);
          Assertions.assertThat(s.getReliefAmount()).isEqualByComparingTo("600");
        });
    Task plan = task(campaign, TASK_PLAN_NEXT_YEAR);
    assertThatThrownBy(() -> completeAs(school, plan, Map.of(FIELD_WORK_PLAN_TITLE, "下学年计划", FIELD_WORK_PLAN_TEXT, "……")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("须将“双走访、促三保”内容写入下学年工作计划");
    completeAs(school, plan, Map.of(FIELD_WORK_PLAN_TITLE, "下学年计划", FIELD_WORK_PLAN_TEXT, "继续开展双走访", FIELD_TWO_VISITS_INCLUDED, true));
    executeJob(campaign, LATE_TIMERS[3]);
    Task congress = task(campaign, TASK_HOLD_CONGRESS);
    Assertions.assertThat(congress.getName()).endsWith(FlagLatePhaseDelegate.LATE_MARK);
    assertThatThrownBy(() -> completeAs(school, congress, congress(60, 39)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("三分之二以上");
    completeAs(school, congress, congress(60, 40));

    assertThat(campaign).isEnded().hasPassed(END_CAMPAIGN, "EndEvent_ResearchLateFlagged", "EndEvent_LongTermLateFlagged");
    Campaign ended = campaigns.require(campaign.getId());
    Assertions.assertThat(ended.getStatus()).isEqualTo(Campaign.Status.COMPLETED);
    Assertions.assertThat(campaigns.phases(ended.getId())).extracting(CampaignPhase::isLate).containsExactly(false, false, true, true);
  }

  // ---- lateness --------------------------------------------------------------------------------------

  @Test
  void aPhaseStillOpenAfterItsWindowIsFlaggedLateForTheSuperiorUnion() {
    String school = newSchool();
    ProcessInstance campaign = startAs(school, PROCESS_KEY, Map.of());
    Campaign record = campaigns.require(campaign.getId());
    // no start date given: 10月1日 of the school year (today is after 7月1日 or before: this year's or last year's)
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    int year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    Assertions.assertThat(record.getStartDate()).isEqualTo(LocalDate.of(year, 10, 1));
    Assertions.assertThat(record.getEndDate()).isEqualTo(LocalDate.of(year + 1, 6, 30));
    Assertions.assertThat(campaigns.phases(record.getId()))
        .extracting(CampaignPhase::getWindowStart, CampaignPhase::getWindowEnd)
        .containsExactly(
            tuple(LocalDate.of(year, 10, 1), LocalDate.of(year, 11, 30)),
            tuple(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 1, 31)),
            tuple(LocalDate.of(year + 1, 2, 1), LocalDate.of(year + 1, 4, 30)),
            tuple(LocalDate.of(year + 1, 5, 1), LocalDate.of(year + 1, 6, 30)));
    Job late = engine.getManagementService().createJobQuery().processInstanceId(campaign.getId()).activityId(LATE_TIMERS[0]).singleResult();
    Assertions.assertThat(late.getDuedate()).isEqualTo(Date.from(LocalDate.of(year, 12, 1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    completeAs(school, task(campaign), study());
    executeJob(campaign, LATE_TIMERS[0]);

    CampaignPhase first = campaigns.phases(record.getId()).get(0);
    Assertions.assertThat(first.isLate()).isTrue();
    Assertions.assertThat(first.getLateFlaggedAt()).isNotNull();
    Task open = task(campaign, TASK_DRAFT_IMPLEMENTATION_PLAN);
    Assertions.assertThat(open.getName()).isEqualTo("起草实施方案" + FlagLatePhaseDelegate.LATE_MARK);
    Assertions.assertThat(open.getPriority()).isEqualTo(FlagLatePhaseDelegate.LATE_PRIORITY);
    assertThat(campaign).hasPassed("EndEvent_PublicityLateFlagged").isWaitingAt(TASK_DRAFT_IMPLEMENTATION_PLAN);

    // the rest of phase 1, then phase 2 late with its visits still open
    runPhaseOne(campaign, school, true);
    Assertions.assertThat(campaigns.phases(record.getId()).get(0).isLate()).isTrue();
    completeAs(school, task(campaign), Map.of(FIELD_DEPARTMENTS, "语文组"));
    executeJob(campaign, LATE_TIMERS[1]);
    Assertions.assertThat(task(campaign, TASK_VISIT_DEPARTMENT).getName()).endsWith(FlagLatePhaseDelegate.LATE_MARK);
    Assertions.assertThat(campaigns.phases(record.getId()).get(1).isLate()).isTrue();
    assertThat(campaign).hasPassed("EndEvent_VisitsLateFlagged");
  }

  // ---- launch by the superior union -----------------------------------------------------------------

  @Test
  void theEducationUnionLaunchesTheCampaignForThreeSchoolsInOneAction() {
    List<String> schools = List.of(newSchool(), newSchool(), newSchool());
    List<CampaignLauncher.Launched> launched =
        asClerkOf(EDUCATION_UNION, () -> launcher.launch(EDUCATION_UNION, schools, "2026-10-01"));

    Assertions.assertThat(launched).extracting(CampaignLauncher.Launched::unitCode).containsExactlyElementsOf(schools);
    for (CampaignLauncher.Launched l : launched) {
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(l.caseId()).singleResult();
      Assertions.assertThat(instance.getTenantId()).isEqualTo(l.unitCode());
      Campaign c = campaigns.require(l.caseId());
      Assertions.assertThat(c.getLaunchedBy()).isEqualTo(clerkOf(EDUCATION_UNION));
      Assertions.assertThat(c.getLaunchedByUnit()).isEqualTo(EDUCATION_UNION);
      Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(l.caseId()).singleResult().getTenantId())
          .isEqualTo(l.unitCode());
    }
    // the clerk of one school sees its own campaign's task, not the others'
    long seen = asClerkOf(schools.get(0), () -> engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).count());
    Assertions.assertThat(seen).isEqualTo(1);

    // all or nothing: a fresh school with one that already has its campaign launches neither
    String fresh = newSchool();
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertThatThrownBy(() -> asClerkOf(EDUCATION_UNION, () -> launcher.launch(EDUCATION_UNION, List.of(fresh, schools.get(1)), "2026-10-01")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已有2026—2027学年的“双走访、促三保”活动，未发起任何活动");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
    Assertions.assertThat(campaigns.ofUnit(fresh)).isEmpty();
    // a school's clerk may not launch for others; a union not below the launching unit is refused
    assertThatThrownBy(() -> asClerkOf(schools.get(0), () -> launcher.launch(EDUCATION_UNION, List.of(fresh), null)))
        .isInstanceOf(UnitAccessDeniedException.class);
    assertThatThrownBy(() -> asClerkOf("SFX-CG", () -> launcher.launch("SFX-CG", List.of(fresh), null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不在发起单位之下");
    Assertions.assertThat(campaigns.ofUnit(fresh)).isEmpty();
  }

  @Test
  void aCampaignIsOnlyForAGrassrootsUnionAndOncePerSchoolYear() {
    String school = newSchool();
    startCampaign(school, "2026-10-01");
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertThatThrownBy(() -> startCampaign(school, "2026-11-01"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已有2026—2027学年");
    assertThatThrownBy(() -> startCampaign(EDUCATION_UNION, "2026-10-01"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不是基层工会");
    assertThatThrownBy(() -> startCampaign(school, "2020-10-01"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("前后一年");
    // a clerk may not set what the system writes (who launched, the dates)
    assertThatThrownBy(() -> startAs(school, PROCESS_KEY, Map.of(VAR_LAUNCHED_BY, "someone")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("由系统填写");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
    // a problem's case cannot be started by hand
    assertThatThrownBy(() -> startAs(school, IssueProcess.PROCESS_KEY, Map.of()))
        .isInstanceOf(AuthorizationException.class);
  }

  // ---- problems -----------------------------------------------------------------------------------

  @Test
  void aProblemTheUnionCannotSolveIsClosedWithAReason() {
    String school = newSchool();
    ProcessInstance campaign = toPhaseTwoVisits(school);
    Problem problem = raise(campaign, school, "教师周转房年久失修").get(0);
    classify(problem, "OBJECTIVE", "WORKING_CONDITIONS", true, false);
    ProcessInstance issue = issue(problem);
    assertThat(issue).variables().containsEntry(IssueProcess.VAR_ROUTE, IssueProcess.ROUTE_UNION_SOLVES);
    Map<String, Object> noReason = new HashMap<>(Map.of(
        IssueProcess.FIELD_MEASURE, "申请维修经费", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_CLOSED));
    assertThatThrownBy(() -> complete(problem, IssueProcess.TASK_SOLVE_BY_UNION, noReason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("未解决而结案时必须写明理由");
    noReason.put(IssueProcess.FIELD_OUTCOME_NOTE, "维修须列入县教育局基建计划，本学年无法安排");
    complete(problem, IssueProcess.TASK_SOLVE_BY_UNION, noReason);

    assertThat(issue).isEnded().hasPassed(IssueProcess.END_CLOSED);
    Problem closed = problems.requireById(problem.getId());
    Assertions.assertThat(closed.getStatus()).isEqualTo(Problem.Status.CLOSED);
    Assertions.assertThat(closed.getNature()).isEqualTo(Problem.Nature.OBJECTIVE);
    Assertions.assertThat(problems.steps(problem.getId())).extracting(ProblemStep::getKind, ProblemStep::getText)
        .containsExactly(
            tuple(ProblemStep.Kind.CLASSIFIED, "客观方面，工作条件；工会能解决，本单位行政不能解决"),
            tuple(ProblemStep.Kind.MEASURE, "申请维修经费"),
            tuple(ProblemStep.Kind.CLOSED, "维修须列入县教育局基建计划，本学年无法安排"));
  }

  @Test
  void aProblemForTheAdministrationIsReportedAndAssistedRoundByRoundUntilSolved() {
    String school = newSchool();
    ProcessInstance campaign = toPhaseTwoVisits(school);
    Problem problem = raise(campaign, school, "食堂午餐价格偏高").get(0);
    // the routing table needs both answers
    Task classify = task(issue(problem), IssueProcess.TASK_CLASSIFY);
    assertThatThrownBy(() -> completeAs(school, classify, Map.of(
        IssueProcess.FIELD_NATURE, "OBJECTIVE", IssueProcess.FIELD_CATEGORY, "PAY_AND_BENEFITS", IssueProcess.FIELD_CAN_UNION_SOLVE, "false")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("本单位行政能否解决");
    classify(problem, "OBJECTIVE", "PAY_AND_BENEFITS", false, true);
    Assertions.assertThat(problems.requireById(problem.getId()).getRoute()).isEqualTo(Problem.Route.REPORT_TO_ADMINISTRATION);
    complete(problem, IssueProcess.TASK_REPORT_TO_ADMINISTRATION, Map.of(
        IssueProcess.FIELD_REPORT_DATE, "2026-11-20", IssueProcess.FIELD_REPORTED_TO, "总务处", IssueProcess.FIELD_PROPOSAL, "引入第二家供餐单位比价"));
    Assertions.assertThat(problems.requireById(problem.getId()).getStatus()).isEqualTo(Problem.Status.ASSISTING);
    complete(problem, IssueProcess.TASK_ASSIST, Map.of(
        IssueProcess.FIELD_PROGRESS, "总务处已答复将组织比价", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_CONTINUE));
    Task second = task(issue(problem), IssueProcess.TASK_ASSIST);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(second.getId(), IssueProcess.VAR_ANSWER_TEXT))
        .contains("向本单位行政部门汇报：向总务处汇报，提出意见：引入第二家供餐单位比价", "协助解决：总务处已答复将组织比价");
    complete(problem, IssueProcess.TASK_ASSIST, Map.of(
        IssueProcess.FIELD_PROGRESS, "比价完成", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_SOLVED, IssueProcess.FIELD_OUTCOME_NOTE, "午餐每份降价1元"));
    assertThat(issue(problem)).isEnded().hasPassed(IssueProcess.END_SOLVED);
    Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(issue(problem).getId())
        .taskDefinitionKey(IssueProcess.TASK_ASSIST).count()).isEqualTo(2);
    Assertions.assertThat(problems.requireById(problem.getId()).getStatus()).isEqualTo(Problem.Status.SOLVED);
  }

  @Test
  void aProblemForTheSuperiorGoesToTheClerksOfTheUnitAboveWhoseAnswerComesBack() {
    String school = newSchool();
    ProcessInstance campaign = toPhaseTwoVisits(school);
    Problem problem = raise(campaign, school, "乡村教师交通补贴未落实").get(0);
    classify(problem, "OBJECTIVE", "PAY_AND_BENEFITS", false, false);
    complete(problem, IssueProcess.TASK_REPORT_TO_SUPERIOR, Map.of(
        IssueProcess.FIELD_REPORT_DATE, "2026-11-21", IssueProcess.FIELD_PROPOSAL, "建议县教育局按文件落实交通补贴"));

    Task answer = task(issue(problem), IssueProcess.TASK_ANSWER_REPORT);
    assertThat(answer).hasCandidateGroup(EDUCATION_UNION);
    Assertions.assertThat(answer.getTenantId()).isEqualTo(EDUCATION_UNION);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(answer.getId(), IssueProcess.VAR_REPORT_TEXT))
        .contains("问题：乡村教师交通补贴未落实", "向上级工会汇报：建议县教育局按文件落实交通补贴");
    Assertions.assertThat(problems.requireById(problem.getId()).getReportedToUnit()).isEqualTo(EDUCATION_UNION);
    // the school's clerk may not answer for the superior; the superior's clerk sees only the escalated task
    Map<String, Object> reply = Map.of(IssueProcess.FIELD_ANSWER_OUTCOME, "CANNOT_SOLVE", IssueProcess.FIELD_ANSWER, "须待县财政预算调整");
    // the task belongs to the superior union: to the school's clerk it does not exist
    assertThatThrownBy(() -> completeAs(school, answer, reply)).isInstanceOf(org.camunda.bpm.engine.exception.NotFoundException.class);
    List<String> superiorSees = asClerkOf(EDUCATION_UNION, () -> engine.getTaskService().createTaskQuery().processInstanceId(issue(problem).getId())
        .list().stream().map(Task::getTaskDefinitionKey).toList());
    Assertions.assertThat(superiorSees).containsExactly(IssueProcess.TASK_ANSWER_REPORT);
    long campaignSeen = asClerkOf(EDUCATION_UNION, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(campaign.getId()).count());
    Assertions.assertThat(campaignSeen).isZero();
    completeAs(EDUCATION_UNION, answer, reply);

    Task assist = task(issue(problem), IssueProcess.TASK_ASSIST);
    assertThat(assist).hasCandidateGroup(school);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(assist.getId(), IssueProcess.VAR_ANSWER_TEXT))
        .contains("上级答复：暂不能解决，已说明原因：须待县财政预算调整");
    complete(problem, IssueProcess.TASK_ASSIST, Map.of(
        IssueProcess.FIELD_PROGRESS, "向教师说明情况", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_CLOSED,
        IssueProcess.FIELD_OUTCOME_NOTE, "补贴须列入下年度县财政预算，本学年结案"));
    assertThat(issue(problem)).isEnded().hasPassed(IssueProcess.TASK_ANSWER_REPORT, IssueProcess.END_CLOSED);
    Assertions.assertThat(problems.steps(problem.getId())).extracting(ProblemStep::getKind, ProblemStep::getUnitCode)
        .containsExactly(
            tuple(ProblemStep.Kind.CLASSIFIED, school), tuple(ProblemStep.Kind.REPORTED_TO_SUPERIOR, school),
            tuple(ProblemStep.Kind.ANSWERED, EDUCATION_UNION), tuple(ProblemStep.Kind.ASSISTED, school),
            tuple(ProblemStep.Kind.CLOSED, school));
  }

  @Test
  void aProblemPastItsDueDateIsFlaggedOverdue() {
    String school = newSchool();
    ProcessInstance campaign = toPhaseTwoVisits(school);
    Problem problem = raise(campaign, school, "青年教师住房困难").get(0);
    ProcessInstance issue = issue(problem);
    Job due = engine.getManagementService().createJobQuery().processInstanceId(issue.getId()).activityId(IssueProcess.START_OVERDUE).singleResult();
    Assertions.assertThat(due.getDuedate()).isEqualTo(endOf(problem.getDueDate()));
    engine.getManagementService().executeJob(due.getId());

    Problem overdue = problems.requireById(problem.getId());
    Assertions.assertThat(overdue.isOverdue()).isTrue();
    Task classify = task(issue, IssueProcess.TASK_CLASSIFY);
    Assertions.assertThat(classify.getName()).endsWith(FlagLatePhaseDelegate.LATE_MARK);
    Assertions.assertThat(classify.getPriority()).isEqualTo(FlagLatePhaseDelegate.LATE_PRIORITY);
    assertThat(issue).hasPassed(IssueProcess.END_OVERDUE_FLAGGED).isWaitingAt(IssueProcess.TASK_CLASSIFY);
    Assertions.assertThat(figures.of(overdue.getCampaignId()).problemsOverdue()).isEqualTo(1);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** A fresh school under the county's education union, with its clerks' group and tenant. */
  private String newSchool() {
    String code = TwoVisitsFixtures.newUnitCode(EDUCATION_UNION);
    orgUnits.createGrassrootsUnion(code, "测试学校工会" + code.substring(code.lastIndexOf('T')), EDUCATION_UNION);
    return code;
  }

  private ProcessInstance startCampaign(String unit, String startDate) {
    return startAs(unit, PROCESS_KEY, Map.of(FIELD_START_DATE, startDate));
  }

  private void runPhaseOne(ProcessInstance campaign, String school) {
    completeAs(school, task(campaign), study());
    runPhaseOne(campaign, school, true);
  }

  /** Phase 1 after its first task. */
  private void runPhaseOne(ProcessInstance campaign, String school, boolean afterStudy) {
    completeAs(school, task(campaign, TASK_DRAFT_IMPLEMENTATION_PLAN), Map.of(FIELD_PLAN_TITLE, "坝头中学工会开展“双走访、促三保”活动的实施方案",
        FIELD_PLAN_TEXT, "走访调研与宣传鼓劲相结合"));
    Task group = task(campaign, TASK_FORM_LEADING_GROUP);
    assertThatThrownBy(() -> completeAs(school, group, Map.of(FIELD_GROUP_MEMBERS, "廖孝感,组长\n宋泽宝,组长")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("须有且只有一名组长");
    completeAs(school, group, Map.of(FIELD_GROUP_MEMBERS, "廖孝感,组长\n宋泽宝,副组长\n朱小烨,委员\n朱小烨,办公室主任"));
    completeAs(school, task(campaign, TASK_POST_NOTICE), Map.of(FIELD_POSTED_ON, "2026-10-12", FIELD_POSTED_ITEMS, "省工会文件、实施方案"));
    Task meeting = task(campaign, TASK_HOLD_GROUP_MEETING);
    assertThatThrownBy(() -> completeAs(school, meeting, Map.of(FIELD_MEETING_DATE, "2026-10-15", FIELD_ATTENDEES, 4, FIELD_MEASURES, "分组走访")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("领导小组人数");
    completeAs(school, meeting, Map.of(FIELD_MEETING_DATE, "2026-10-15", FIELD_ATTENDEES, 3, FIELD_MEASURES, "分组走访各教研组"));
  }

  private static Map<String, Object> study() {
    return Map.of(FIELD_STUDY_DATE, "2026-10-08", FIELD_DOCUMENTS, "中国工会十五大文件\n省工会关于开展“双走访，促三保”活动的文件", FIELD_PARTICIPANTS, 12);
  }

  /** A campaign in phase 2 with one department listed and its visit task open. */
  private ProcessInstance toPhaseTwoVisits(String school) {
    ProcessInstance campaign = startCampaign(school, "2026-10-01");
    runPhaseOne(campaign, school);
    completeAs(school, task(campaign), Map.of(FIELD_DEPARTMENTS, "语文、数学教研组"));
    return campaign;
  }

  /** The department visit of a campaign in phase 2, raising the problems given. */
  private List<Problem> raise(ProcessInstance campaign, String school, String problemLines) {
    completeAs(school, task(campaign, TASK_VISIT_DEPARTMENT), departmentVisit(10, problemLines));
    return problems.ofCampaign(campaigns.require(campaign.getId()).getId());
  }

  private static Map<String, Object> departmentVisit(int people, String problemLines) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_VISIT_DATE, "2026-11-10");
    form.put(FIELD_VISIT_FORM, VISIT_FORM_FORUM);
    form.put(FIELD_PEOPLE_REACHED, people);
    form.put(FIELD_OPINIONS, "教师工作量大，希望减轻非教学负担");
    form.put(FIELD_PAY_OPINIONS, "绩效工资向一线倾斜");
    if (problemLines != null) {
      form.put(FIELD_PROBLEMS, problemLines);
    }
    return form;
  }

  private static Map<String, Object> homeVisit(Map<String, Object> household, String problemLines) {
    Map<String, Object> form = new HashMap<>(household);
    form.put(FIELD_VISIT_DATE, "2026-11-12");
    form.put(FIELD_VISITORS, "廖孝感、朱小烨");
    form.put(FIELD_FINDINGS, "生活拮据，情绪稳定");
    if (problemLines != null) {
      form.put(FIELD_PROBLEMS, problemLines);
    }
    return form;
  }

  private static Map<String, Object> reliefForm(String retirees) {
    return Map.of(FIELD_RELIEF_DATE, "2026-12-01", FIELD_RELIEF_VISITORS, "廖孝感、宋泽宝", FIELD_RETIREES, retirees);
  }

  private static Map<String, Object> congress(int total, int present) {
    return Map.of(FIELD_CONGRESS_DATE, "2026-12-03", FIELD_DELEGATES_TOTAL, total, FIELD_DELEGATES_PRESENT, present,
        FIELD_RESOLUTIONS, "通过学年工作报告\n建立双走访长效机制");
  }

  private void classify(Problem problem, String nature, String category, boolean canUnionSolve, boolean withinUnitAuthority) {
    complete(problem, IssueProcess.TASK_CLASSIFY, Map.of(
        IssueProcess.FIELD_NATURE, nature, IssueProcess.FIELD_CATEGORY, category,
        IssueProcess.FIELD_CAN_UNION_SOLVE, String.valueOf(canUnionSolve), IssueProcess.FIELD_WITHIN_UNIT_AUTHORITY, String.valueOf(withinUnitAuthority)));
  }

  /** Completes the problem's open task {@code taskKey} as a clerk of the problem's union. */
  private void complete(Problem problem, String taskKey, Map<String, Object> form) {
    completeAs(problem.getOrgUnitCode(), task(issue(problem), taskKey), form);
  }

  /** The problem's case (remembered once seen running, so the assertions can read an ended one's history). */
  private ProcessInstance issue(Problem problem) {
    String caseId = problems.requireById(problem.getId()).getProcessInstanceId();
    ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).singleResult();
    if (running != null) {
      issues.put(caseId, running);
    }
    return issues.get(caseId);
  }

  private final Map<String, ProcessInstance> issues = new HashMap<>();

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<Task> tasks(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  private Task homeTaskFor(List<Task> homeTasks, String subjectPart) {
    return homeTasks.stream()
        .filter(t -> ((String) engine.getTaskService().getVariableLocal(t.getId(), VAR_VISIT_SUBJECT)).contains(subjectPart))
        .findFirst()
        .orElseThrow();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    Assertions.assertThat(job).as("job of " + activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }
}
