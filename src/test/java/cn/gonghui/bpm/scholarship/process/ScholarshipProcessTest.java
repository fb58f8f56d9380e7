package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_ADMITTED_STUDENTS;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_AID_PLAN;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_APPROVED_RANKING;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_ASSISTED_APPLICATIONS;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_BROADCAST_CHANNEL;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_BROADCAST_DATE;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_BUDGET;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_CAMPAIGN_YEAR;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_EXAM_CANDIDATES;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_FUNDS_COMPLETE;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_FUND_ROWS;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_GRANTS_DECISION;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_GRANTS_DECISION_REASON;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_INTAKE_DEADLINE;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_RANKING_ROWS;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_SHORTLIST_DECISION;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_SHORTLIST_DECISION_REASON;
import static cn.gonghui.bpm.scholarship.CampaignProcess.FIELD_STRUCK_ROWS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import cn.gonghui.bpm.hardship.AidKind;
import cn.gonghui.bpm.hardship.HardshipAid;
import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.CaseVariables;
import cn.gonghui.bpm.platform.ClerkError;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.UnitAccessDeniedException;
import cn.gonghui.bpm.platform.approval.ApprovalService;
import cn.gonghui.bpm.platform.approval.Decision;
import cn.gonghui.bpm.scholarship.CampaignProcess;
import cn.gonghui.bpm.scholarship.CampaignScheduler;
import cn.gonghui.bpm.scholarship.Students;
import cn.gonghui.bpm.scholarship.record.ApplicantType;
import cn.gonghui.bpm.scholarship.record.Application;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.FundEntry;
import cn.gonghui.bpm.scholarship.record.FundLedger;
import cn.gonghui.bpm.scholarship.record.Grant;
import cn.gonghui.bpm.scholarship.record.GrantStatus;
import cn.gonghui.bpm.scholarship.record.Handling;
import cn.gonghui.bpm.scholarship.record.LateKind;
import cn.gonghui.bpm.scholarship.record.LateWork;
import cn.gonghui.bpm.scholarship.record.Material;
import cn.gonghui.bpm.scholarship.record.Outcome;
import cn.gonghui.bpm.scholarship.record.Phase;
import cn.gonghui.bpm.scholarship.record.ScholarshipClock;
import cn.gonghui.bpm.scholarship.record.Step;
import cn.gonghui.bpm.scholarship.record.SurveyReport;
import cn.gonghui.bpm.testkit.ProcessTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code scholarship-campaign} and {@code scholarship-application} with the real models, forms, DMN
 * tables, listeners, services and the hardship register, done step by step by the demo county's bodies: the county
 * clerks (SFX), the 职工维权帮扶中心 (SFX.aid-centre), the 主席会议 (SFX.chair-meeting) and the schools' unions
 * (SFX-JY-BT, …). The engine's clock is set to the campaign's days; each test has its own years and people.
 */
class ScholarshipProcessTest extends ProcessTest {

  static final String AID_CENTRE = "SFX.aid-centre";
  static final String CHAIR_MEETING = "SFX.chair-meeting";
  static final String SCHOOL = "SFX-JY-BT";
  static final String OTHER_SCHOOL = "SFX-JY-YZ";
  static final String APPROVE = Decision.APPROVE.name();
  static final String RETURN = Decision.RETURN.name();

  /** Years far apart: a campaign pays the Tier A students of the five years before it, never another test's. */
  static final AtomicInteger YEARS = new AtomicInteger(2030);

  @Autowired CampaignService campaigns;
  @Autowired ApplicationService applications;
  @Autowired FundLedger ledger;
  @Autowired HardshipRegister register;
  @Autowired ApprovalService approvals;
  @Autowired CampaignScheduler scheduler;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---- the campaign -------------------------------------------------------------------------------------

  @Test
  void aCountyClerkStartsTheCampaignOfTheYearWithItsPhasesQuotasAndBudget() {
    int year = newYear();
    ProcessInstance campaign = startCampaign(year, 80_000);
    Campaign record = campaigns.require(campaign.getId());

    Assertions.assertThat(record.getCountyCode()).isEqualTo(COUNTY);
    Assertions.assertThat(record.getPhase()).isEqualTo(Phase.PREPARATION);
    Assertions.assertThat(record.getStartedVia()).isEqualTo(Campaign.StartedVia.CLERK);
    // the quotas come from scholarship-grant-tier: 5 × 5000 + 15 × 2000
    Assertions.assertThat(record.getQuotaA()).isEqualTo(5);
    Assertions.assertThat(record.getQuotaB()).isEqualTo(15);
    Assertions.assertThat(record.getPlannedNeed()).isEqualByComparingTo("55000");
    Assertions.assertThat(record.getBudget()).isEqualByComparingTo("80000");
    assertThat(campaign).hasBusinessKey("示范县总工会" + year + "年金秋助学");
    assertThat(campaign).variables()
        .containsEntry(CaseVariables.ORG_UNIT_CODE, COUNTY)
        .containsEntry(CampaignProcess.VAR_AID_CENTRE, AID_CENTRE)
        .containsEntry(CampaignProcess.VAR_CHAIR_MEETING, CHAIR_MEETING)
        // 8月15日 is accepted until 23:59: the intake closes at 00:00 of 8月16日, Beijing time
        .containsEntry(CampaignProcess.VAR_INTAKE_CLOSES_AT, year + "-08-16T00:00:00+08:00")
        .containsEntry(CampaignProcess.VAR_PERIOD_ENDS_AT, year + "-09-02T00:00:00+08:00");
    // the phases are timers on the campaign; the funds are recorded by the county's clerks
    assertThat(campaign).isWaitingAt(CampaignProcess.EVENT_SURVEY_PHASE_STARTS, CampaignProcess.TASK_RECORD_FUNDS);
    Assertions.assertThat(jobOf(campaign, CampaignProcess.EVENT_SURVEY_PHASE_STARTS).getDuedate())
        .isEqualTo(Date.from(ZonedDateTime.of(year, 7, 15, 0, 0, 0, 0, CampaignSchedule.ZONE).toInstant()));
    assertThat(taskOf(campaign, CampaignProcess.TASK_RECORD_FUNDS)).hasCandidateGroup(COUNTY);

    // one campaign per county and year
    assertThatThrownBy(() -> startAs(COUNTY, CampaignProcess.PROCESS_KEY, Map.of(FIELD_CAMPAIGN_YEAR, year)))
        .satisfies(conflict("一个县总工会每年只有一次活动"));
  }

  @Test
  void aCampaignWhoseBudgetDoesNotCoverTheQuotasOrThatIsNotTheCountysIsRefusedAndNothingIsWritten() {
    int year = newYear();
    at(year, 7, 2);
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY).count();

    assertThatThrownBy(() -> startAs(COUNTY, CampaignProcess.PROCESS_KEY, Map.of(FIELD_CAMPAIGN_YEAR, year, FIELD_BUDGET, 50_000)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("「助学预算（元）」不足以支付决策表 scholarship-grant-tier 的名额：本年需要55,000元（A档5人×5000元、B档15人×2000元）");
    assertThatThrownBy(() -> startAs(COUNTY, CampaignProcess.PROCESS_KEY, Map.of(FIELD_CAMPAIGN_YEAR, year, FIELD_INTAKE_DEADLINE, year + "-08-25")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("「申报截止日期」应在" + year + "年7月16日到8月19日之间");
    assertThatThrownBy(() -> startAs(COUNTY, CampaignProcess.PROCESS_KEY, Map.of(FIELD_CAMPAIGN_YEAR, year - 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("只能发起今年");
    assertThatThrownBy(() -> startAs(COMMUNITY, CampaignProcess.PROCESS_KEY, Map.of(FIELD_CAMPAIGN_YEAR, year)))
        .isInstanceOf(UnitAccessDeniedException.class)
        .hasMessageContaining("金秋助学活动由县总工会的办事员发起");
    // a clerk may not set what the system writes
    assertThatThrownBy(() -> startAs(COUNTY, CampaignProcess.PROCESS_KEY, Map.of(FIELD_CAMPAIGN_YEAR, year, CampaignProcess.VAR_AID_CENTRE, SCHOOL)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("由系统填写，不能提交");

    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY).count())
        .isEqualTo(before);
    Assertions.assertThat(campaigns.ofCounty(COUNTY)).noneMatch(c -> c.getYear() == year);
  }

  @Test
  void onTheFirstOfJulyTheScheduleStartsTheCampaignOfEveryCountyThatHasNone() {
    int year = newYear();
    at(year, 6, 30);
    Assertions.assertThat(scheduler.startDue()).isEmpty();

    at(year, 7, 1);
    Assertions.assertThat(scheduler.startDue()).contains(COUNTY);
    Campaign started = campaigns.ofCounty(COUNTY).stream().filter(c -> c.getYear() == year).findFirst().orElseThrow();
    Assertions.assertThat(started.getStartedVia()).isEqualTo(Campaign.StartedVia.SCHEDULE);
    // with no budget given, the budget is what the quotas need
    Assertions.assertThat(started.getBudget()).isEqualByComparingTo(started.getPlannedNeed());
    ProcessInstance instance = instance(started.getProcessInstanceId());
    Assertions.assertThat(instance.getTenantId()).isEqualTo(COUNTY);

    // the next days of July start nothing more
    at(year, 7, 2);
    Assertions.assertThat(scheduler.startDue()).doesNotContain(COUNTY);
  }

  // ---- the intake -----------------------------------------------------------------------------------------

  @Test
  void aMissingMaterialKeepsTheApplicationAtTheChecklistAndTheDeadlineEndsItLate() {
    int year = newYear();
    startCampaign(year, 0);
    ProcessInstance application = apply(SCHOOL, ApplicantType.MIGRANT_WORKER);
    Application record = applications.require(application.getId());

    Assertions.assertThat(record.getNumber()).startsWith(year + "-");
    Assertions.assertThat(application.getTenantId()).isEqualTo(SCHOOL);
    assertThat(application).hasBusinessKey("金秋助学" + record.getNumber());
    // the names and identity numbers are in the record, not in the case
    assertThat(application).variables().doesNotContainKeys(FIELD_APPLICANT_NAME, FIELD_APPLICANT_ID_NUMBER, FIELD_STUDENT_NAME, FIELD_STUDENT_ID_NUMBER);
    Task check = taskOf(application, TASK_CHECK_MATERIALS);
    assertThat(check).hasCandidateGroup(AID_CENTRE);
    // a migrant worker also brings the 扶贫手册 (scholarship-required-materials)
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(check.getId(), VAR_REQUIRED_MATERIAL_CODES))
        .isEqualTo("WRITTEN_APPLICATION,SUBSISTENCE_CERTIFICATE,HOUSEHOLD_REGISTER,STUDENT_ID_CARD,ADMISSION_LETTER_COPY,POVERTY_RELIEF_BOOKLET");
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(check.getId(), VAR_MATERIAL_CHECKLIST))
        .contains("6. 扶贫手册——原件核对、复印后退回");

    // an original not handled as the notice says is bad input; nothing is written
    Map<String, Object> wrong = materials(application);
    wrong.put(Material.SUBSISTENCE_CERTIFICATE.field(), Handling.KEEP.name());
    assertThatThrownBy(() -> completeAs(AID_CENTRE, check, wrong))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「低保证」应原件核对、复印后退回（活动通知的申报材料要求）");
    Assertions.assertThat(applications.materialsOf(application.getId())).isEmpty();

    // the 扶贫手册 is missing: the application stays at the checklist
    Map<String, Object> missing = materials(application);
    missing.put(Material.POVERTY_RELIEF_BOOKLET.field(), Handling.MISSING.name());
    completeAs(AID_CENTRE, check, missing);
    assertThat(application).isWaitingAt(TASK_CHECK_MATERIALS);
    Task again = taskOf(application, TASK_CHECK_MATERIALS);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(again.getId(), VAR_MATERIAL_NOTICE)).contains("第1次核对缺少：扶贫手册");
    Assertions.assertThat(applications.require(application.getId()).getStep()).isEqualTo(Step.MATERIALS);

    // the deadline: 8月15日 is accepted until 23:59 Beijing time; then 过期不再受理
    Job deadline = jobOf(application, EVENT_INTAKE_DEADLINE_PASSED);
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(year, 8, 16, 0, 0, 0, 0, CampaignSchedule.ZONE).toInstant()));
    at(year, 8, 16);
    execute(deadline);
    assertThat(application).hasPassed(TASK_RECORD_LATE_APPLICATION).isWaitingAt(TASK_NOTIFY_APPLICANT);
    Task notice = taskOf(application, TASK_NOTIFY_APPLICANT);
    assertThat(notice).hasCandidateGroup(SCHOOL);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(notice.getId(), VAR_NOTICE_TEXT))
        .contains("未在" + year + "年8月15日前报齐，过期不再受理");
    completeAs(SCHOOL, notice, noticeForm());
    assertThat(application).isEnded().hasPassed(END_NOT_FUNDED);
    Assertions.assertThat(applications.require(application.getId()).getOutcome()).isEqualTo(Outcome.LATE);
  }

  @Test
  void anApplicationIsTakenUntil2359OfTheDeadlineAndRefusedAfterItWithNothingWritten() {
    int year = newYear();
    startCampaign(year, 0);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, 8, 15, 23, 59).atZone(CampaignSchedule.ZONE).toInstant()));
    ProcessInstance lastMinute = apply(AID_CENTRE, ApplicantType.HARDSHIP_WORKER);
    Assertions.assertThat(applications.require(lastMinute.getId()).getOutcome()).isEqualTo(Outcome.OPEN);
    Assertions.assertThat(lastMinute.getTenantId()).isEqualTo(AID_CENTRE);

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, 8, 16, 0, 0).atZone(CampaignSchedule.ZONE).toInstant()));
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertThatThrownBy(() -> apply(AID_CENTRE, ApplicantType.HARDSHIP_WORKER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("申报已经截止（过期不再受理）");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
  }

  @Test
  void aStartWithABadIdentityNumberOrFromAUnitThatDoesNotRegisterIsRefusedAndASecondApplicationOfAStudentIsAConflict() {
    int year = newYear();
    startCampaign(year, 0);
    Map<String, Object> form = startForm(ApplicantType.HARDSHIP_WORKER, Students.parentIdNumber(), Students.studentIdNumber());
    Map<String, Object> badId = new HashMap<>(form);
    String student = (String) form.get(FIELD_STUDENT_ID_NUMBER);
    badId.put(FIELD_STUDENT_ID_NUMBER, student.substring(0, 17) + (student.charAt(17) == '0' ? '1' : '0'));
    assertThatThrownBy(() -> startAs(SCHOOL, PROCESS_KEY, badId))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「学生居民身份证号码」校验位不正确");
    Map<String, Object> same = new HashMap<>(form);
    same.put(FIELD_STUDENT_ID_NUMBER, form.get(FIELD_APPLICANT_ID_NUMBER));
    assertThatThrownBy(() -> startAs(SCHOOL, PROCESS_KEY, same))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("与申请人的号码相同");
    assertThatThrownBy(() -> startAs(COMMUNITY, PROCESS_KEY, form))
        .isInstanceOf(UnitAccessDeniedException.class)
        .hasMessageContaining("金秋助学申请由县总工会职工维权帮扶中心或基层工会的办事员登记");
    Map<String, Object> forged = new HashMap<>(form);
    forged.put(VAR_APPLICATION_NUMBER, "0000-001");
    assertThatThrownBy(() -> startAs(SCHOOL, PROCESS_KEY, forged)).isInstanceOf(InvalidInputException.class).hasMessageContaining("由系统填写");

    ProcessInstance first = startAs(SCHOOL, PROCESS_KEY, form);
    assertThatThrownBy(() -> startAs(AID_CENTRE, PROCESS_KEY, form))
        .satisfies(conflict("已有金秋助学申请（编号" + applications.require(first.getId()).getNumber() + "）"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("applicant OTHER", ApplicantType.OTHER, Map.of(), false, "申请人不是困难职工或农民工"),
        Arguments.of("not a current graduate", ApplicantType.HARDSHIP_WORKER, Map.of(FIELD_IS_CURRENT_GRADUATE, false), false, "应届"),
        Arguments.of("vocational", ApplicantType.HARDSHIP_WORKER, Map.of(FIELD_ADMISSION_BATCH, "VOCATIONAL"), false, "二本"),
        Arguments.of("not formally admitted", ApplicantType.MIGRANT_WORKER, Map.of(FIELD_FORMALLY_ADMITTED, false), false, "正式录取"),
        Arguments.of("not 品学兼优", ApplicantType.HARDSHIP_WORKER, Map.of(FIELD_GOOD_GRADES_AND_CONDUCT, false), false, "品学兼优"),
        Arguments.of("no county hukou", ApplicantType.HARDSHIP_WORKER, Map.of(FIELD_HAS_COUNTY_HUKOU, false), false, "户籍"),
        Arguments.of("no special hardship", ApplicantType.HARDSHIP_WORKER, Map.of(FIELD_FAMILY_HARDSHIP_CAUSE, "NONE"), false, "特殊困难"),
        Arguments.of("funded before", ApplicantType.HARDSHIP_WORKER, Map.of(), true, "重复资助"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void eachRefusalOfTheEligibilityTableEndsTheApplicationWithItsReasonShownToTheClerk(
      String why, ApplicantType type, Map<String, Object> facts, boolean fundedBefore, String reasonPart) {
    int year = newYear();
    startCampaign(year, 0);
    String studentId = Students.studentIdNumber();
    if (fundedBefore) {
      fundedBefore(studentId);
    }
    ProcessInstance application = startAs(SCHOOL, PROCESS_KEY, startForm(type, Students.parentIdNumber(), studentId));
    completeAs(AID_CENTRE, taskOf(application, TASK_CHECK_MATERIALS), materials(application));
    Map<String, Object> determination = eligibleFacts();
    determination.putAll(facts);
    completeAs(AID_CENTRE, taskOf(application, TASK_DETERMINE_ELIGIBILITY), determination);

    assertThat(application).hasPassed(END_INELIGIBLE_ERROR_CAUGHT).isWaitingAt(TASK_NOTIFY_APPLICANT);
    Application record = applications.require(application.getId());
    Assertions.assertThat(record.getOutcome()).isEqualTo(Outcome.INELIGIBLE);
    Assertions.assertThat(record.getEligibilityReason()).contains(reasonPart);
    Assertions.assertThat(record.getPreviouslyFunded()).isEqualTo(fundedBefore);
    // the registering union's clerk reads the table's reason in the notice to the family
    Task notice = taskOf(application, TASK_NOTIFY_APPLICANT);
    assertThat(notice).hasCandidateGroup(SCHOOL);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(notice.getId(), VAR_NOTICE_TEXT))
        .contains("不符合入围条件：" + record.getEligibilityReason());
    completeAs(SCHOOL, notice, noticeForm());
    assertThat(application).isEnded().hasPassed(END_NOT_FUNDED);
    // the eligibility inputs are personal: no decision history of scholarship-eligibility
    Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION_ELIGIBILITY).count()).isZero();
  }

  @Test
  void aHouseholdThatFailsTheVerificationIsToldTheVisitorsReason() {
    int year = newYear();
    startCampaign(year, 0);
    ProcessInstance application = apply(AID_CENTRE, ApplicantType.HARDSHIP_WORKER);
    intake(application, AID_CENTRE, true);
    Task verify = taskOf(application, TASK_VERIFY_HOUSEHOLD);
    assertThat(verify).hasCandidateGroup(AID_CENTRE);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(verify.getId(), VAR_VISIT_BRIEF)).contains("该家庭还没有困难职工档案");

    Map<String, Object> oneVisitor = visit(false);
    oneVisitor.put(FIELD_VISITOR_TWO, oneVisitor.get(FIELD_VISITOR_ONE));
    assertThatThrownBy(() -> completeAs(AID_CENTRE, verify, oneVisitor)).isInstanceOf(InvalidInputException.class).hasMessageContaining("须由两人进行");
    Map<String, Object> noReason = visit(false);
    noReason.remove(FIELD_VERIFICATION_REASON);
    assertThatThrownBy(() -> completeAs(AID_CENTRE, verify, noReason)).isInstanceOf(InvalidInputException.class).hasMessageContaining("必须写明理由");

    completeAs(AID_CENTRE, verify, visit(false));
    Application record = applications.require(application.getId());
    Assertions.assertThat(record.getOutcome()).isEqualTo(Outcome.NOT_VERIFIED);
    Assertions.assertThat(record.getHardshipFileId()).isNull();
    Assertions.assertThat(applications.verificationsOf(application.getId())).singleElement().satisfies(v -> {
      Assertions.assertThat(v.isVerified()).isFalse();
      Assertions.assertThat(v.getVisitorTwo()).isEqualTo("李强");
    });
    Task notice = taskOf(application, TASK_NOTIFY_APPLICANT);
    assertThat(notice).hasCandidateGroup(AID_CENTRE);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(notice.getId(), VAR_NOTICE_TEXT))
        .contains("经入户调查核实，不予资助：家中另有经营收入，不属于特别困难");
    completeAs(AID_CENTRE, notice, noticeForm());
    assertThat(application).isEnded().hasPassed(END_NOT_FUNDED);
  }

  // ---- the whole campaign ---------------------------------------------------------------------------------

  @Test
  void theChairMeetingDecidesTheWholeRankedListAndEachApplicationLearnsItsOutcome() {
    int year = newYear();
    ProcessInstance campaign = startCampaign(year, 0);
    // funds arrive in two rounds; the county ticks 资金已全部到位 later
    completeAs(COUNTY, taskOf(campaign, CampaignProcess.TASK_RECORD_FUNDS),
        Map.of(FIELD_FUND_ROWS, "行政支持,示范县财政局,20000," + today() + "\n企业赞助,示范县宏达商贸有限公司,8000," + today() + ",结对帮扶"));
    assertThat(campaign).isWaitingAt(CampaignProcess.TASK_RECORD_FUNDS);
    Assertions.assertThat(ledger.balance(record(campaign).getId()).recorded()).isEqualByComparingTo("28000");

    // 22 families apply, some through the aid centre, some through their school's union; one gives no consent
    List<ProcessInstance> apps = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      ProcessInstance app = apply(i % 2 == 0 ? AID_CENTRE : SCHOOL, i % 3 == 0 ? ApplicantType.MIGRANT_WORKER : ApplicantType.HARDSHIP_WORKER);
      intake(app, i % 2 == 0 ? AID_CENTRE : SCHOOL, i != 7);
      apps.add(app);
    }

    // 宣传和调查摸底: every grassroots union of the county reports; 8月14日 passes; one reports late
    at(year, 7, 15);
    execute(jobOf(campaign, CampaignProcess.EVENT_SURVEY_PHASE_STARTS));
    Assertions.assertThat(record(campaign).getPhase()).isEqualTo(Phase.SURVEY);
    Task batou = surveyTask(campaign, SCHOOL);
    Assertions.assertThat(surveyTask(campaign, OTHER_SCHOOL)).isNotNull();
    assertThatThrownBy(() -> completeAs(SCHOOL, batou, survey(3, 4)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("不能多于参加高考的人数（3人）");
    completeAs(SCHOOL, batou, survey(40, 4));
    at(year, 8, 15);
    execute(jobOf(campaign, CampaignProcess.EVENT_SURVEY_OVERDUE));
    Task yizhong = surveyTask(campaign, OTHER_SCHOOL);
    Assertions.assertThat(yizhong.getName()).endsWith("（已逾期）");
    Assertions.assertThat(lateWork(campaign)).extracting(LateWork::getKind, LateWork::getUnitCode)
        .contains(Assertions.tuple(LateKind.SURVEY_OVERDUE, OTHER_SCHOOL))
        .doesNotContain(Assertions.tuple(LateKind.SURVEY_OVERDUE, SCHOOL));
    completeAs(OTHER_SCHOOL, yizhong, survey(25, 2));
    Assertions.assertThat(campaigns.surveysOf(record(campaign).getId()))
        .extracting(SurveyReport::getUnitCode, SurveyReport::isLate)
        .contains(Assertions.tuple(SCHOOL, false), Assertions.tuple(OTHER_SCHOOL, true));

    // 调查核实: one household is not visited by 8月20日
    execute(jobOf(campaign, CampaignProcess.EVENT_VERIFICATION_PHASE_STARTS));
    Assertions.assertThat(record(campaign).getPhase()).isEqualTo(Phase.VERIFICATION);
    at(year, 8, 18);
    for (ProcessInstance app : apps.subList(0, 21)) {
      completeAs(AID_CENTRE, taskOf(app, TASK_VERIFY_HOUSEHOLD), visit(true));
      assertThat(app).isWaitingAt(EVENT_OUTCOME_DECIDED);
    }
    at(year, 8, 21);
    execute(jobOf(campaign, CampaignProcess.EVENT_APPROVAL_PHASE_STARTS));
    Assertions.assertThat(record(campaign).getPhase()).isEqualTo(Phase.APPROVAL_AND_PAYMENT);
    ProcessInstance lateVisit = apps.get(21);
    Assertions.assertThat(taskOf(lateVisit, TASK_VERIFY_HOUSEHOLD).getName()).isEqualTo("入户调查核实（已逾期）");
    Assertions.assertThat(lateWork(campaign)).extracting(LateWork::getKind, LateWork::getSubject)
        .contains(Assertions.tuple(LateKind.VERIFICATION_OVERDUE, number(lateVisit)));

    // 初选名单: refused while a household is unverified, then every verified application once, with a reason.
    // (The engine's clock is the real one while the bodies decide: a return's notice compares the approval record's
    // real time with the engine's task history.)
    ClockUtil.reset();
    Task propose = taskOf(campaign, CampaignProcess.TASK_PROPOSE_SHORTLIST);
    assertThat(propose).hasCandidateGroup(AID_CENTRE);
    assertThatThrownBy(() -> completeAs(AID_CENTRE, propose, Map.of(FIELD_RANKING_ROWS, ranking(apps.subList(0, 21)))))
        .satisfies(conflict("还有1份申请尚未完成入户调查核实（" + number(lateVisit) + "）"));
    completeAs(AID_CENTRE, taskOf(lateVisit, TASK_VERIFY_HOUSEHOLD), visit(true));
    assertThatThrownBy(() -> completeAs(AID_CENTRE, propose, Map.of(FIELD_RANKING_ROWS, ranking(apps.subList(0, 21)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("缺少已核实的申请：" + number(lateVisit));
    completeAs(AID_CENTRE, propose, Map.of(FIELD_RANKING_ROWS, ranking(apps)));

    // 主席会议: one task over the whole list; it returns the list once, with a reason
    Task chair = taskOf(campaign, CampaignProcess.TASK_APPROVE_SHORTLIST);
    assertThat(chair).hasCandidateGroup(CHAIR_MEETING);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(chair.getId(), CampaignProcess.VAR_SHORTLIST_ITEMS))
        .contains("1. " + number(apps.get(0)));
    Assertions.assertThat((String) engine.getTaskService().getVariable(chair.getId(), FIELD_APPROVED_RANKING))
        .startsWith(number(apps.get(0)) + ",");
    completeAs(CHAIR_MEETING, chair, Map.of(FIELD_SHORTLIST_DECISION, RETURN, FIELD_SHORTLIST_DECISION_REASON, "请把父母双亡的学生排在前面"));
    Task proposeAgain = taskOf(campaign, CampaignProcess.TASK_PROPOSE_SHORTLIST);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(proposeAgain.getId(), "returnNotice")).contains("请把父母双亡的学生排在前面");
    completeAs(AID_CENTRE, proposeAgain, Map.of(FIELD_RANKING_ROWS, ranking(apps)));

    // it moves the 6th to the top and strikes the 3rd with a reason; 21 remain: ranks 1–5 A, 6–20 B, 21 none
    List<ProcessInstance> order = new ArrayList<>(apps);
    ProcessInstance struck = order.remove(2);
    order.add(0, order.remove(4));
    Task chairAgain = taskOf(campaign, CampaignProcess.TASK_APPROVE_SHORTLIST);
    Map<String, Object> halfDone = Map.of(FIELD_SHORTLIST_DECISION, APPROVE, FIELD_APPROVED_RANKING, ranking(order.subList(0, 20)),
        FIELD_STRUCK_ROWS, number(struck) + ",隐瞒家庭经营收入");
    assertThatThrownBy(() -> completeAs(CHAIR_MEETING, chairAgain, halfDone))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(number(order.get(20)) + "既不在审定名单中，也不在不予列入的申请中");
    completeAs(CHAIR_MEETING, chairAgain, Map.of(FIELD_SHORTLIST_DECISION, APPROVE, FIELD_APPROVED_RANKING, ranking(order),
        FIELD_STRUCK_ROWS, number(struck) + ",隐瞒家庭经营收入"));

    // scholarship-grant-tier gives each rank its tier (a save point first); the county's 审核审批 returns once
    execute(jobOf(campaign, CampaignProcess.TASK_DETERMINE_GRANT_TIERS));
    Task confirm = taskOf(campaign, CampaignProcess.TASK_CONFIRM_GRANTS);
    assertThat(confirm).hasCandidateGroup(COUNTY);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(confirm.getId(), CampaignProcess.VAR_GRANT_ITEMS))
        .contains("5. " + number(order.get(4)), "A档，5,000元，每年资助至毕业（学制4年）")
        .contains("6. " + number(order.get(5)), "B档，2,000元，一次性")
        .contains("21. " + number(order.get(20)), "超出资助名额，不予资助")
        .contains("不予列入：" + number(struck))
        .contains("本年度新资助A档5人、B档15人，首年共需55,000元", "已登记到账资金28,000元")
        .contains("到账资金余额不足以发放全部资助");
    completeAs(COUNTY, confirm, Map.of(FIELD_GRANTS_DECISION, RETURN, FIELD_GRANTS_DECISION_REASON, "请主席会议复核第5名"));
    Task chairThird = taskOf(campaign, CampaignProcess.TASK_APPROVE_SHORTLIST);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(chairThird.getId(), "returnNotice")).contains("请主席会议复核第5名");
    completeAs(CHAIR_MEETING, chairThird, Map.of(FIELD_SHORTLIST_DECISION, APPROVE, FIELD_APPROVED_RANKING, ranking(order),
        FIELD_STRUCK_ROWS, number(struck) + ",隐瞒家庭经营收入"));
    execute(jobOf(campaign, CampaignProcess.TASK_DETERMINE_GRANT_TIERS));
    completeAs(COUNTY, taskOf(campaign, CampaignProcess.TASK_CONFIRM_GRANTS), Map.of(FIELD_GRANTS_DECISION, APPROVE));
    Assertions.assertThat(approvals.ofCase(campaign.getId())).extracting(r -> r.getSubject() + ":" + r.getDecision())
        .containsExactly("初选名单:RETURN", "初选名单:APPROVE", "资助名单:RETURN", "初选名单:APPROVE", "资助名单:APPROVE");

    // each application learns its outcome by message and its unit tells the family
    execute(jobOf(campaign, CampaignProcess.TASK_ANNOUNCE_OUTCOMES));
    at(year, 8, 25);
    for (int rank = 1; rank <= 21; rank++) {
      ProcessInstance app = order.get(rank - 1);
      Outcome expected = rank <= 5 ? Outcome.GRANTED_A : rank <= 20 ? Outcome.GRANTED_B : Outcome.NOT_SELECTED;
      Assertions.assertThat(applications.require(app.getId()).getOutcome()).as("rank %d", rank).isEqualTo(expected);
      assertThat(app).isWaitingAt(TASK_NOTIFY_APPLICANT).variables().containsEntry(VAR_GRANT_RANK, rank);
    }
    Assertions.assertThat(notice(order.get(0))).contains("列为A档资助对象：每年资助5,000元学费，直至大学毕业（学制4年）");
    Assertions.assertThat(notice(order.get(5))).contains("列为B档资助对象：一次性资助2,000元");
    Assertions.assertThat(notice(order.get(20))).contains("审定名次第21名，超出本年度资助名额（A档5名、B档15名）");
    Assertions.assertThat(applications.require(struck.getId()).getOutcome()).isEqualTo(Outcome.STRUCK);
    Assertions.assertThat(notice(struck)).contains("经县总工会主席会议审定，未列入资助名单：隐瞒家庭经营收入");

    // 影像资料: only the families that consented in writing, without identity numbers
    Task publicity = taskOf(campaign, CampaignProcess.TASK_PREPARE_PUBLICITY);
    assertThat(publicity).hasCandidateGroup(AID_CENTRE);
    String items = (String) engine.getTaskService().getVariableLocal(publicity.getId(), CampaignProcess.VAR_PUBLICITY_ITEMS);
    Assertions.assertThat(items).contains("获得资助并书面同意公开的学生共" + (order.indexOf(apps.get(7)) < 20 ? 19 : 20) + "人")
        .doesNotContain(studentName(apps.get(7)))
        .doesNotContain(applications.require(order.get(0).getId()).getStudentIdNumber());
    completeAs(AID_CENTRE, publicity, Map.of(FIELD_BROADCAST_CHANNEL, "示范县有线电视综合频道", FIELD_BROADCAST_DATE, year + "-08-28"));
    Assertions.assertThat(record(campaign).getBroadcastChannel()).isEqualTo("示范县有线电视综合频道");

    // payments never exceed the money recorded (409, nothing written)
    for (ProcessInstance app : apps) {
      completeAs(unitOf(app), taskOf(app, TASK_NOTIFY_APPLICANT), noticeForm());
    }
    assertThat(order.get(20)).isEnded().hasPassed(END_NOT_FUNDED);
    assertThat(struck).isEnded().hasPassed(END_NOT_FUNDED);
    for (ProcessInstance app : order.subList(0, 5)) {
      pay(app);
    }
    Task oneTooMany = taskOf(order.get(5), TASK_PAY_GRANT);
    assertThat(oneTooMany).hasCandidateGroup(COUNTY);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(oneTooMany.getId(), VAR_PAYMENT_DETAILS))
        .contains("B档，本次发放2,000元（一次性）", "从" + year + "年度活动的助学资金中支付");
    pay(order.get(5));
    Task refused = taskOf(order.get(6), TASK_PAY_GRANT);
    int aidBefore = aidOf(order.get(6)).size();
    assertThatThrownBy(() -> completeAs(COUNTY, refused, payment()))
        .satisfies(conflict("助学资金余额不足：本年度活动已登记到账资金28,000元，已发放27,000元，余额1,000元，本次应发2,000元"));
    Assertions.assertThat(aidOf(order.get(6))).hasSize(aidBefore);
    Assertions.assertThat(ledger.balance(record(campaign).getId()).paid()).isEqualByComparingTo("27000");
    assertThat(order.get(6)).isWaitingAt(TASK_PAY_GRANT);
    completeAs(COUNTY, taskOf(campaign, CampaignProcess.TASK_RECORD_FUNDS),
        Map.of(FIELD_FUND_ROWS, "个人捐款,个人（匿名）,30000," + today(), FIELD_FUNDS_COMPLETE, true));
    assertThat(campaign).hasPassed(CampaignProcess.END_FUNDS_RECORDED);
    pay(order.get(6));
    assertThat(order.get(6)).isEnded().hasPassed(END_GRANT_PAID_IN_FULL);
    // a Tier A student waits for next year's campaign
    assertThat(order.get(0)).isWaitingAt(TASK_FIND_NEXT_PAYING_CAMPAIGN);
    execute(jobOf(order.get(0), TASK_FIND_NEXT_PAYING_CAMPAIGN));
    assertThat(order.get(0)).isWaitingAt(EVENT_CONTINUING_PAYMENT_DUE);

    // 9月1日 passes: the unpaid grants are flagged; the unions that never reported their 摸底 too
    at(year, 9, 2);
    execute(jobOf(campaign, CampaignProcess.EVENT_SURVEY_CLOSED));
    execute(jobOf(campaign, CampaignProcess.EVENT_CAMPAIGN_PERIOD_ENDS));
    assertThat(campaign).hasPassed(CampaignProcess.TASK_RECORD_MISSING_SURVEYS, CampaignProcess.END_CAMPAIGN_PERIOD_CLOSED);
    Assertions.assertThat(record(campaign).getPhase()).isEqualTo(Phase.CLOSED);
    Assertions.assertThat(lateWork(campaign)).extracting(LateWork::getKind, LateWork::getSubject)
        .contains(Assertions.tuple(LateKind.PAYMENT_OVERDUE, number(order.get(7))), Assertions.tuple(LateKind.SURVEY_NOT_REPORTED, "城关小学工会"))
        .doesNotContain(Assertions.tuple(LateKind.PAYMENT_OVERDUE, number(order.get(6))));
    Task latePayment = taskOf(order.get(7), TASK_PAY_GRANT);
    Assertions.assertThat(latePayment.getName()).isEqualTo("发放资助金（已逾期）");
    Assertions.assertThat(latePayment.getPriority()).isEqualTo(90);
    // it had no due date: it gets the one it missed, so the shared filter 已逾期 lists it
    Assertions.assertThat(latePayment.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(year, 9, 2, 0, 0, 0, 0, CampaignSchedule.ZONE).toInstant()));
    assertThat(campaign).isEnded();
  }

  @Test
  void aTierAStudentIsPaidEveryYearAfterTheEnrolmentCheckUntilADropOutInYearThreeStopsIt() {
    int year = newYear();
    ProcessInstance first = startCampaign(year, 0);
    fund(first, 60_000);
    ProcessInstance app = apply(AID_CENTRE, ApplicantType.HARDSHIP_WORKER);
    intake(app, AID_CENTRE, true);
    at(year, 8, 18);
    Assertions.assertThat(applications.require(app.getId()).getStep()).isEqualTo(Step.VERIFICATION);
    completeAs(AID_CENTRE, taskOf(app, TASK_VERIFY_HOUSEHOLD), visit(true));
    Assertions.assertThat(applications.verificationsOf(app.getId())).hasSize(1);
    Assertions.assertThat(applications.require(app.getId()).getHardshipFileId()).isNotNull();
    Assertions.assertThat(applications.require(app.getId()).getStep()).isEqualTo(Step.AWAITING_OUTCOME);
    decide(first, List.of(app));
    completeAs(AID_CENTRE, taskOf(app, TASK_NOTIFY_APPLICANT), noticeForm());
    pay(app);
    execute(jobOf(app, TASK_FIND_NEXT_PAYING_CAMPAIGN));
    assertThat(app).isWaitingAt(EVENT_CONTINUING_PAYMENT_DUE);
    Grant grant = applications.grantOf(applications.require(app.getId())).orElseThrow();
    Assertions.assertThat(grant.getYearsPaid()).isEqualTo(1);
    Assertions.assertThat(grant.getProgrammeYears()).isEqualTo(4);
    finishCampaign(first);

    // year 2: the next campaign plans the continuing payment and tells the student's case
    ProcessInstance second = startCampaign(year + 1, 0);
    Campaign secondRecord = record(second);
    Assertions.assertThat(secondRecord.getContinuingCount()).isEqualTo(1);
    Assertions.assertThat(secondRecord.getPlannedNeed()).isEqualByComparingTo("60000");
    assertThat(app).isWaitingAt(TASK_CONFIRM_ENROLMENT).variables().containsEntry(VAR_PAYMENT_CAMPAIGN_ID, secondRecord.getId());
    Task enrolment = taskOf(app, TASK_CONFIRM_ENROLMENT);
    assertThat(enrolment).hasCandidateGroup(AID_CENTRE);
    assertThatThrownBy(() -> completeAs(AID_CENTRE, enrolment, enrolment("ENROLLED", false, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("须核验在读证明");
    completeAs(AID_CENTRE, enrolment, enrolment("ENROLLED", true, null));
    fund(second, 10_000);
    pay(app);
    execute(jobOf(app, TASK_FIND_NEXT_PAYING_CAMPAIGN));
    decide(second, List.of());
    finishCampaign(second);

    // year 3: the student has dropped out; the grant stops with the reason
    ProcessInstance third = startCampaign(year + 2, 0);
    Task dropOut = taskOf(app, TASK_CONFIRM_ENROLMENT);
    assertThatThrownBy(() -> completeAs(AID_CENTRE, dropOut, enrolment("DROPPED_OUT", false, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("请写明情况");
    completeAs(AID_CENTRE, dropOut, enrolment("DROPPED_OUT", false, "本学年因病退学"));
    assertThat(app).isEnded().hasPassed(END_FUNDING_STOPPED);
    grant = applications.grantOf(applications.require(app.getId())).orElseThrow();
    Assertions.assertThat(grant.getStatus()).isEqualTo(GrantStatus.STOPPED);
    Assertions.assertThat(grant.getStopReason()).isEqualTo("已退学：本学年因病退学");
    Assertions.assertThat(grant.getYearsPaid()).isEqualTo(2);

    // each payment is in the household's file (Tier A, its year) and in the paying campaign's ledger
    Assertions.assertThat(aidOf(app)).extracting(HardshipAid::getKind, HardshipAid::getYear, a -> a.getAmount().intValue())
        .containsExactly(Assertions.tuple(AidKind.SCHOLARSHIP_TIER_A, year, 5000), Assertions.tuple(AidKind.SCHOLARSHIP_TIER_A, year + 1, 5000));
    Assertions.assertThat(ledger.entriesOf(secondRecord.getId())).filteredOn(e -> e.getDirection() == FundEntry.Direction.OUT)
        .singleElement().satisfies(e -> Assertions.assertThat(e.getNote()).contains("A档第2年"));
    // the next campaign pays nobody for this student; the student is not funded again (原则上不重复资助)
    Assertions.assertThat(campaigns.continuingGrants(COUNTY, year + 3)).noneMatch(g -> g.getId().equals(applications.grantOf(applications.require(app.getId())).orElseThrow().getId()));
    Assertions.assertThat(register.fundedByScholarship(applications.require(app.getId()).getStudentIdNumber())).isTrue();
    // the third campaign planned the student's payment when it started; the enrolment check stopped it
    Assertions.assertThat(record(third).getContinuingCount()).isEqualTo(1);
    Assertions.assertThat(ledger.balance(record(third).getId()).paid()).isEqualByComparingTo("0");
  }

  @Test
  void aTierAPaymentMadeAfterTheNextCampaignStartedGoesStraightToTheEnrolmentCheck() {
    int year = newYear();
    ProcessInstance first = startCampaign(year, 0);
    fund(first, 5000);
    ProcessInstance app = apply(SCHOOL, ApplicantType.MIGRANT_WORKER);
    intake(app, SCHOOL, true);
    at(year, 8, 18);
    completeAs(AID_CENTRE, taskOf(app, TASK_VERIFY_HOUSEHOLD), visit(true));
    decide(first, List.of(app));
    completeAs(SCHOOL, taskOf(app, TASK_NOTIFY_APPLICANT), noticeForm());

    // the first year is paid late, after next year's campaign started (which found the case busy)
    ProcessInstance second = startCampaign(year + 1, 0);
    assertThat(app).isWaitingAt(TASK_PAY_GRANT);
    pay(app);
    execute(jobOf(app, TASK_FIND_NEXT_PAYING_CAMPAIGN));
    assertThat(app).hasPassed(TASK_FIND_NEXT_PAYING_CAMPAIGN).isWaitingAt(TASK_CONFIRM_ENROLMENT)
        .variables().containsEntry(VAR_NEXT_CAMPAIGN_STARTED, true).containsEntry(VAR_PAYMENT_CAMPAIGN_ID, record(second).getId());
    // the first year was charged to the first campaign's funds
    Assertions.assertThat(ledger.balance(record(first).getId()).paid()).isEqualByComparingTo("5000");
    Assertions.assertThat(ledger.balance(record(second).getId()).paid()).isEqualByComparingTo("0");
  }

  @Test
  void personalDataNeverReachesTheEngineHistory() {
    int year = newYear();
    ProcessInstance campaign = startCampaign(year, 0);
    fund(campaign, 60_000);
    ProcessInstance app = apply(SCHOOL, ApplicantType.HARDSHIP_WORKER);
    Application record = applications.require(app.getId());
    intake(app, SCHOOL, true);
    at(year, 8, 18);
    // 先建档后帮扶: a verified household without a file must be described in full
    Map<String, Object> halfDescribed = visit(true);
    halfDescribed.remove(HouseholdFields.WORKPLACE);
    assertThatThrownBy(() -> completeAs(AID_CENTRE, taskOf(app, TASK_VERIFY_HOUSEHOLD), halfDescribed))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「工作单位」不能为空");
    Assertions.assertThat(register.fileOf(record.getApplicantIdNumber())).isEmpty();
    completeAs(AID_CENTRE, taskOf(app, TASK_VERIFY_HOUSEHOLD), visit(true));
    decide(campaign, List.of(app));
    completeAs(SCHOOL, taskOf(app, TASK_NOTIFY_APPLICANT), noticeForm());
    pay(app);

    // the household got its file at the verification (先建档后帮扶), kept by the school's union, with the visit
    HardshipFile file = register.fileOf(record.getApplicantIdNumber()).orElseThrow();
    Assertions.assertThat(file.getKeepingUnitCode()).isEqualTo(SCHOOL);
    Assertions.assertThat(register.visitsOf(file.getId())).singleElement().satisfies(v -> Assertions.assertThat(v.getVisitors()).isEqualTo("王敏、李强"));
    Assertions.assertThat(register.aidOf(file.getId())).singleElement().satisfies(a -> {
      Assertions.assertThat(a.getKind()).isEqualTo(AidKind.SCHOLARSHIP_TIER_A);
      Assertions.assertThat(a.getBeneficiaryIdNumber()).isEqualTo(record.getStudentIdNumber());
    });

    List<String> personal = List.of(record.getApplicantIdNumber(), record.getStudentIdNumber(), record.getApplicantName(), record.getStudentName(),
        "父母双亡，随祖母生活", "兰州大学", "示范县城关镇东街8号", "1200");
    List<HistoricVariableInstance> history = new ArrayList<>();
    for (ProcessInstance instance : List.of(campaign, app)) {
      history.addAll(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).disableBinaryFetching().list());
    }
    String all = history.stream().map(v -> v.getName() + "=" + v.getValue()).collect(Collectors.joining("\n"));
    for (String value : personal) {
      Assertions.assertThat(all).as("history of the cases").doesNotContain(value);
    }
    Assertions.assertThat(history).extracting(HistoricVariableInstance::getName)
        .doesNotContain(FIELD_STUDENT_ID_NUMBER, FIELD_FAMILY_SITUATION, HouseholdFields.MONTHLY_INCOME, VAR_NOTICE_TEXT, VAR_VISIT_BRIEF);
    // nor do the decisions evaluated on personal data: the eligibility and the household's category
    Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION_ELIGIBILITY).count()).isZero();
    Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(HardshipRegister.DECISION_CATEGORY).count()).isZero();
    // the checklist's table is no personal data: its evaluations stay in the history for the analysts
    Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION_REQUIRED_MATERIALS)
        .processInstanceId(app.getId()).count()).isEqualTo(1);
  }

  @Test
  void anotherSchoolsClerkSeesNeitherTheApplicationNorItsTasks() {
    int year = newYear();
    startCampaign(year, 0);
    ProcessInstance app = apply(SCHOOL, ApplicantType.HARDSHIP_WORKER);
    intake(app, SCHOOL, true);

    Assertions.assertThat(asClerkOf(OTHER_SCHOOL, () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(app.getId()).count())).isZero();
    Assertions.assertThat(asClerkOf(OTHER_SCHOOL, () -> engine.getTaskService().createTaskQuery().processInstanceId(app.getId()).count())).isZero();
    Assertions.assertThat(asClerkOf(SCHOOL, () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(app.getId()).count())).isEqualTo(1);
    // the aid centre sees the verification task it is offered, the school does not
    Assertions.assertThat(asClerkOf(AID_CENTRE, () -> engine.getTaskService().createTaskQuery().processInstanceId(app.getId()).count())).isEqualTo(1);
    Assertions.assertThat(asClerkOf(SCHOOL, () -> engine.getTaskService().createTaskQuery().processInstanceId(app.getId()).count())).isZero();
    Task verify = taskOf(app, TASK_VERIFY_HOUSEHOLD);
    assertThatThrownBy(() -> completeAs(SCHOOL, verify, visit(true))).isInstanceOf(Exception.class);
    assertThat(app).isWaitingAt(TASK_VERIFY_HOUSEHOLD);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  /** A 409 with this message, as Tasklist, REST and /api answer it (a listener's conflict reaches them wrapped). */
  static java.util.function.Consumer<Throwable> conflict(String message) {
    return thrown -> {
      ClerkError error = ClerkError.of(thrown);
      Assertions.assertThat(error).as("the clerk's error of %s", thrown).isNotNull();
      Assertions.assertThat(error.status()).isEqualTo(409);
      Assertions.assertThat(error.message()).contains(message);
    };
  }

  /** The boundary error event the ineligible path passes (for readability of the assertions). */
  static final String END_INELIGIBLE_ERROR_CAUGHT = EVENT_INELIGIBLE;

  static int newYear() {
    return YEARS.addAndGet(10);
  }

  static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(CampaignSchedule.ZONE).toInstant()));
  }

  static String today() {
    return ScholarshipClock.today().toString();
  }

  ProcessInstance startCampaign(int year, int budget) {
    at(year, 7, 2);
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_CAMPAIGN_YEAR, year);
    if (budget > 0) {
      form.put(FIELD_BUDGET, budget);
    }
    ProcessInstance campaign = startAs(COUNTY, CampaignProcess.PROCESS_KEY, form);
    execute(jobOf(campaign, CampaignProcess.TASK_NOTIFY_CONTINUING_GRANTS));
    return campaign;
  }

  Campaign record(ProcessInstance campaign) {
    return campaigns.require(campaign.getId());
  }

  List<LateWork> lateWork(ProcessInstance campaign) {
    return campaigns.lateWorkOf(record(campaign).getId());
  }

  void fund(ProcessInstance campaign, int amount) {
    completeAs(COUNTY, taskOf(campaign, CampaignProcess.TASK_RECORD_FUNDS),
        Map.of(FIELD_FUND_ROWS, "工会补贴,示范县总工会," + amount + "," + today(), FIELD_FUNDS_COMPLETE, true));
  }

  /** Moves a campaign through its phases to its 审核审批 and outcomes, with {@code ranked} in this order. */
  void decide(ProcessInstance campaign, List<ProcessInstance> ranked) {
    int year = record(campaign).getYear();
    execute(jobOf(campaign, CampaignProcess.EVENT_SURVEY_PHASE_STARTS));
    execute(jobOf(campaign, CampaignProcess.EVENT_VERIFICATION_PHASE_STARTS));
    at(year, 8, 21);
    execute(jobOf(campaign, CampaignProcess.EVENT_APPROVAL_PHASE_STARTS));
    completeAs(AID_CENTRE, taskOf(campaign, CampaignProcess.TASK_PROPOSE_SHORTLIST), Map.of(FIELD_RANKING_ROWS, ranking(ranked)));
    completeAs(CHAIR_MEETING, taskOf(campaign, CampaignProcess.TASK_APPROVE_SHORTLIST),
        Map.of(FIELD_SHORTLIST_DECISION, APPROVE, FIELD_APPROVED_RANKING, ranking(ranked)));
    execute(jobOf(campaign, CampaignProcess.TASK_DETERMINE_GRANT_TIERS));
    completeAs(COUNTY, taskOf(campaign, CampaignProcess.TASK_CONFIRM_GRANTS), Map.of(FIELD_GRANTS_DECISION, APPROVE));
    execute(jobOf(campaign, CampaignProcess.TASK_ANNOUNCE_OUTCOMES));
  }

  /** Every grassroots union reports, the publicity is done and the period ends: the campaign is over. */
  void finishCampaign(ProcessInstance campaign) {
    int year = record(campaign).getYear();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(CampaignProcess.TASK_REPORT_SURVEY).list()) {
      String unit = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      completeAs(unit, task, survey(10, 1));
    }
    assertThat(campaign).hasPassed(CampaignProcess.END_SURVEYS_REPORTED);
    completeAs(AID_CENTRE, taskOf(campaign, CampaignProcess.TASK_PREPARE_PUBLICITY),
        Map.of(FIELD_BROADCAST_CHANNEL, "示范县有线电视综合频道", FIELD_BROADCAST_DATE, year + "-08-30"));
    at(year, 9, 2);
    execute(jobOf(campaign, CampaignProcess.EVENT_CAMPAIGN_PERIOD_ENDS));
    assertThat(campaign).isEnded();
  }

  ProcessInstance apply(String unit, ApplicantType type) {
    return startAs(unit, PROCESS_KEY, startForm(type, Students.parentIdNumber(), Students.studentIdNumber()));
  }

  static Map<String, Object> startForm(ApplicantType type, String parent, String student) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_APPLICANT_TYPE, type.name());
    form.put(FIELD_APPLICANT_NAME, "申请人" + parent.substring(14, 17));
    form.put(FIELD_APPLICANT_ID_NUMBER, parent);
    form.put(FIELD_STUDENT_NAME, "学生" + student.substring(10, 17));
    form.put(FIELD_STUDENT_ID_NUMBER, student);
    form.put(FIELD_CONTACT_PHONE, "0931-8888888");
    return form;
  }

  /** Materials all present, originals handled as scholarship-required-materials says. */
  Map<String, Object> materials(ProcessInstance app) {
    Map<String, Object> form = new HashMap<>();
    ApplicationService.required(engine.getRuntimeService().getVariable(app.getId(), VAR_REQUIRED_MATERIALS))
        .forEach((material, handling) -> form.put(material.field(), handling.name()));
    return form;
  }

  static Map<String, Object> eligibleFacts() {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_IS_CURRENT_GRADUATE, true);
    form.put(FIELD_ADMISSION_BATCH, "TIER_TWO");
    form.put(FIELD_FORMALLY_ADMITTED, true);
    form.put(FIELD_GOOD_GRADES_AND_CONDUCT, true);
    form.put(FIELD_HAS_COUNTY_HUKOU, true);
    form.put(FIELD_FAMILY_HARDSHIP_CAUSE, "ORPHAN");
    return form;
  }

  /** Materials, 初步认定 and 申请表 of an eligible family. */
  void intake(ProcessInstance app, String unit, boolean consent) {
    completeAs(AID_CENTRE, taskOf(app, TASK_CHECK_MATERIALS), materials(app));
    completeAs(AID_CENTRE, taskOf(app, TASK_DETERMINE_ELIGIBILITY), eligibleFacts());
    Task form = taskOf(app, TASK_SUBMIT_APPLICATION_FORM);
    assertThat(form).hasCandidateGroup(unit);
    completeAs(unit, form, Map.of(FIELD_UNIVERSITY, "兰州大学", FIELD_MAJOR, "数学与应用数学", FIELD_PROGRAMME_YEARS, "4", FIELD_GAOKAO_SCORE, 612,
        FIELD_FAMILY_SITUATION, "父母双亡，随祖母生活", FIELD_PUBLICITY_CONSENT, consent));
    assertThat(app).isWaitingAt(TASK_VERIFY_HOUSEHOLD);
  }

  static Map<String, Object> visit(boolean verified) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_VISIT_DATE, today());
    form.put(FIELD_VISITOR_ONE, "王敏");
    form.put(FIELD_VISITOR_TWO, "李强");
    form.put(FIELD_FINDINGS, verified ? "与申报一致，祖孙二人靠低保生活" : "家中另有经营收入");
    form.put(FIELD_VERIFICATION_RESULT, verified ? "VERIFIED" : "NOT_VERIFIED");
    if (verified) {
      form.put(HouseholdFields.WORKPLACE, "示范县城关镇环卫所");
      form.put(HouseholdFields.ADDRESS, "示范县城关镇东街8号");
      form.put(HouseholdFields.HOUSEHOLD_SIZE, 2);
      form.put(HouseholdFields.MONTHLY_INCOME, 1200);
      form.put(HouseholdFields.CAUSE, "父母双亡，祖母年迈");
    } else {
      form.put(FIELD_VERIFICATION_REASON, "家中另有经营收入，不属于特别困难");
    }
    return form;
  }

  static Map<String, Object> survey(int candidates, int admitted) {
    return Map.of(FIELD_EXAM_CANDIDATES, candidates, FIELD_ADMITTED_STUDENTS, admitted, FIELD_ASSISTED_APPLICATIONS, 1,
        FIELD_AID_PLAN, "本校工会结对帮扶两名困难学生，工会经费补助每人500元");
  }

  static Map<String, Object> noticeForm() {
    return Map.of(FIELD_NOTIFIED_ON, today(), FIELD_NOTIFIED_HOW, "IN_PERSON");
  }

  static Map<String, Object> payment() {
    return Map.of(FIELD_PAID_ON, today(), FIELD_PAYMENT_METHOD, "BANK_TRANSFER", FIELD_VOUCHER_NUMBER, "记-2025-0815", FIELD_RECEIPT_SIGNED, true);
  }

  static Map<String, Object> enrolment(String status, boolean certificate, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_ENROLMENT_STATUS, status);
    form.put(FIELD_CERTIFICATE_CHECKED, certificate);
    form.put(FIELD_CHECKED_ON, today());
    if (reason != null) {
      form.put(FIELD_ENROLMENT_REASON, reason);
    }
    return form;
  }

  void pay(ProcessInstance app) {
    completeAs(COUNTY, taskOf(app, TASK_PAY_GRANT), payment());
  }

  /** A 金秋助学 grant of an earlier case in the register, for the student. */
  void fundedBefore(String studentId) {
    Map<String, Object> household = new HashMap<>(visit(true));
    household.put(HouseholdFields.WORKER_NAME, "往年申请人");
    household.put(HouseholdFields.WORKER_ID_NUMBER, Students.parentIdNumber());
    HardshipFile file = register.save(cn.gonghui.bpm.hardship.HouseholdDetails.from(household), COUNTY, "test");
    register.recordAid(file.getId(), new HardshipAid.Aid(AidKind.SCHOLARSHIP_TIER_B, PROCESS_KEY, "earlier-case-" + studentId, "往年学生", studentId,
        2000, BigDecimal.valueOf(2000), java.time.LocalDate.of(2020, 8, 25), "往年资助"));
  }

  List<HardshipAid> aidOf(ProcessInstance app) {
    return register.fileOf(applications.require(app.getId()).getApplicantIdNumber()).map(f -> register.aidOf(f.getId())).orElse(List.of());
  }

  String number(ProcessInstance app) {
    return applications.require(app.getId()).getNumber();
  }

  String studentName(ProcessInstance app) {
    return applications.require(app.getId()).getStudentName();
  }

  String unitOf(ProcessInstance app) {
    return applications.require(app.getId()).getRegisteredUnit();
  }

  String ranking(List<ProcessInstance> apps) {
    return apps.stream().map(a -> number(a) + ",家庭特别困难，高考成绩优异").collect(Collectors.joining("\n"));
  }

  String notice(ProcessInstance app) {
    return (String) engine.getTaskService().getVariableLocal(taskOf(app, TASK_NOTIFY_APPLICANT).getId(), VAR_NOTICE_TEXT);
  }

  Task surveyTask(ProcessInstance campaign, String unit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(CampaignProcess.TASK_REPORT_SURVEY)
        .taskCandidateGroup(unit).singleResult();
  }

  Task taskOf(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    Assertions.assertThat(task).as("task %s of %s", key, instance.getId()).isNotNull();
    return task;
  }

  Job jobOf(ProcessInstance instance, String activityId) {
    Job job = jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    Assertions.assertThat(job).as("job at %s of %s", activityId, instance.getId()).isNotNull();
    return job;
  }

  ProcessInstance instance(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
