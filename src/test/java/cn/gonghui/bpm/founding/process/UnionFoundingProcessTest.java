package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.*;
import static cn.gonghui.bpm.founding.process.FoundingTestFixture.COMMUNITY;
import static cn.gonghui.bpm.founding.process.FoundingTestFixture.COUNTY;
import static cn.gonghui.bpm.founding.process.FoundingTestFixture.ENTERPRISE_ID;
import static cn.gonghui.bpm.founding.process.FoundingTestFixture.TOWN;
import static cn.gonghui.bpm.founding.process.FoundingTestFixture.idNumber;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.gonghui.bpm.founding.ledger.EnterpriseDetails;
import cn.gonghui.bpm.founding.record.Candidate;
import cn.gonghui.bpm.founding.record.FoundingDecision;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.ClerkErrorUnwrapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import cn.gonghui.bpm.platform.ModelLint;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code union-founding} on an in-memory engine with the real models (BPMN, the four DMN
 * tables, the forms), the real listeners, delegates and record services, and stand-ins for the ledger
 * and the database. Process-test-coverage must report at least 90% of flow nodes and sequence flows.
 */
@Deployment(
    resources = {
      "processes/union-founding/union-founding.bpmn",
      "processes/union-founding/union-organisation-form.dmn",
      "processes/union-founding/union-founding-approval-authority.dmn",
      "processes/union-founding/union-cadre-eligibility.dmn",
      "processes/union-founding/union-eight-haves.dmn"
    })
class UnionFoundingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder(configuration())
          .assertClassCoverageAtLeast(0.9)
          // the report (report.html per test class) goes to the project's target/, not the tests' working directory
          .reportDirectory(ModelLint.projectRoot().resolve("target/process-test-coverage").toString())
          .build();

  ProcessEngine engine;
  FoundingTestFixture fixture;

  static ProcessEngineConfiguration configuration() {
    ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    // Reason: engines register by name in a JVM-wide map; the default name would shadow the application's
    // engine "default" for the REST tests that run later in the same JVM.
    configuration.setProcessEngineName("union-founding-process-test");
    configuration.setJdbcUrl("jdbc:h2:mem:union-founding-process-test;DB_CLOSE_DELAY=-1");
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    configuration.getProcessEnginePlugins().add(new ClerkErrorUnwrapping());
    configuration.getProcessEnginePlugins().add(FoundingTestFixture.caseVisibility());
    configuration.setTenantResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    return configuration;
  }

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    // Reason: in the full test run the application's engine lives in the same JVM; assert on ours.
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    fixture = new FoundingTestFixture(engine);
    fixture.createUnitTenants();
  }

  @org.junit.jupiter.api.AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
  }

  // ---- whole foundings --------------------------------------------------------------------------

  @Test
  void enterpriseWithPartyOrganisationAnd60EmployeesIsFoundedWithCountyApprovalAndReachesTheStandard() {
    fixture.enterprise(60, 12, true).register();
    ProcessInstance instance = start();

    assertThat(instance).hasVariables(VAR_ENTERPRISE_ID, VAR_APPROVER_UNIT_CODE);
    assertThat(instance).variables().containsEntry(VAR_ORG_UNIT_CODE, COMMUNITY).containsEntry(VAR_APPROVER_UNIT_CODE, COUNTY);
    assertThat(instance).variables().doesNotContainKeys(FIELD_CREDIT_CODE, FIELD_ADDRESS, FIELD_OWNER_NAME);
    // the enterprise's name stays as the label shown on task cards; the credit code is the business key
    assertThat(instance).variables().containsEntry(VAR_ENTERPRISE_NAME, "示范县青松食品有限公司");
    assertThat(instance).hasBusinessKey("91620000MA00000001");
    verify(fixture.ledger).markFounding(ENTERPRISE_ID, instance.getId());

    assertThat(instance).isWaitingAt(TASK_RECORD_PARTY_NOMINATION);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    recordPartyNomination(instance);
    submitReport(instance);
    assertThat(task()).hasCandidateGroup(COUNTY);
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isAfter(new java.util.Date());
    reviewReport(instance, DECISION_APPROVE, null);
    recordPublicity(instance, 55);
    registerMembers(instance, FoundingTestFixture.roster(30, 11));

    assertThat(instance).variables().containsEntry(VAR_MEMBER_COUNT, 30);
    assertThat(instance).variables()
        .containsEntry(VAR_REQUIRED_STRUCTURES, List.of(STRUCTURE_UNION_COMMITTEE, STRUCTURE_AUDIT_COMMITTEE, STRUCTURE_WOMEN_COMMITTEE));

    nominate(instance, fullSlate());
    assertThat(instance).isWaitingAt(TASK_RECORD_PARTY_APPROVAL, TASK_APPROVE_CANDIDATES);
    assertThat(task(TASK_RECORD_PARTY_APPROVAL)).hasCandidateGroup(COMMUNITY);
    assertThat(task(TASK_APPROVE_CANDIDATES)).hasCandidateGroup(COUNTY);
    complete(task(TASK_RECORD_PARTY_APPROVAL), withVariables(VAR_PARTY_CANDIDATE_DECISION, DECISION_APPROVE));
    complete(task(TASK_APPROVE_CANDIDATES), withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_APPROVE));
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
    org.assertj.core.api.Assertions.assertThat(fixture.candidates)
        .allMatch(c -> c.getState() == Candidate.State.APPROVED);

    recordElection(instance, "王芳,主席\n李强,副主席\n赵敏,委员\n孙丽,经审会主任\n周红,女职委主任", 28);
    assertThat(task()).hasCandidateGroup(COUNTY);
    complete(task(), withVariables(VAR_ELECTION_DECISION, DECISION_APPROVE, VAR_APPROVAL_NUMBER, "示总工复〔2025〕8号"));

    // Save point before the union is registered: a failure retries as a job, then raises an incident.
    assertThat(instance).isWaitingAt(TASK_ESTABLISH_UNION);
    execute(job());
    String unionCode = COMMUNITY + "-E" + ENTERPRISE_ID;
    verify(fixture.orgUnits).createGrassrootsUnion(unionCode, "示范县青松食品有限公司工会委员会", COMMUNITY);
    verify(fixture.ledger).founded(ENTERPRISE_ID, unionCode);
    verify(fixture.foundedUnions).save(any());
    assertThat(instance).hasPassed(EVENT_UNION_ESTABLISHED).isWaitingAt(TIMER_EIGHT_HAVES_DUE);

    // 八有 after 30 days: two items missing → rectification, overdue reminder, re-check, standard met.
    execute(job());
    checkEightHaves(instance, "hasSeal", "hasArchives");
    assertThat(instance).variables().containsEntry(VAR_MISSING, List.of("印章", "档案"));
    assertThat(instance).isWaitingAt(TASK_RECTIFY_EIGHT_HAVES);
    // one unit per task: the guiding community rectifies (the new union has no users yet)
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    org.assertj.core.api.Assertions.assertThat(task().getTenantId()).isEqualTo(COMMUNITY);
    org.assertj.core.api.Assertions.assertThat(task().getDueDate()).isAfter(new java.util.Date());
    verify(fixture.ledger, never()).standardMet(ENTERPRISE_ID);

    execute(job()); // the rectification is overdue
    verify(fixture.ledger).rectificationOverdue(ENTERPRISE_ID);
    org.assertj.core.api.Assertions.assertThat(task().getPriority()).isEqualTo(FlagRectificationOverdueDelegate.OVERDUE_PRIORITY);
    org.assertj.core.api.Assertions.assertThat(task().getName()).endsWith("（已超期）");
    assertThat(instance).hasPassed(END_OVERDUE_FLAGGED);

    complete(task(), withVariables(FIELD_RECTIFICATION_NOTE, "已刻制印章，建立档案柜"));
    checkEightHaves(instance);
    assertThat(instance).isEnded().hasPassed(TASK_RECORD_STANDARD_MET, END_STANDARD_MET);
    verify(fixture.ledger).standardMet(ENTERPRISE_ID);
  }

  @Test
  void enterpriseWithoutPartyOrganisationAnd20EmployeesIsApprovedByTownUnionWithoutPartyApproval() {
    fixture.enterprise(20, 3, false).register();
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    complete(
        task(),
        withVariables(FIELD_CONSULTATION_DATE, "2025-05-20", FIELD_PREPARATORY_MEMBERS, "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
    submitReport(instance);
    assertThat(task()).hasCandidateGroup(TOWN);
    reviewReport(instance, DECISION_APPROVE, null);
    recordPublicity(instance, 20);
    registerMembers(instance, FoundingTestFixture.roster(10, 2));
    assertThat(instance).variables().containsEntry(VAR_REQUIRED_STRUCTURES, List.of(STRUCTURE_UNION_COMMITTEE));

    nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n李强," + idNumber(5, false) + ",委员,是");
    assertThat(instance).isWaitingAt(TASK_APPROVE_CANDIDATES).isNotWaitingAt(TASK_RECORD_PARTY_APPROVAL);
    assertThat(task()).hasCandidateGroup(TOWN);
    complete(task(), withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_APPROVE));
    recordElection(instance, "王芳,主席\n李强,委员");
    complete(task(), withVariables(VAR_ELECTION_DECISION, DECISION_APPROVE, VAR_APPROVAL_NUMBER, "城工复〔2025〕3号"));
    execute(job());
    assertThat(instance).isWaitingAt(TIMER_EIGHT_HAVES_DUE);
    execute(job());
    checkEightHaves(instance);
    assertThat(instance).isEnded().hasPassed(END_STANDARD_MET).hasNotPassed(TASK_RECTIFY_EIGHT_HAVES);
  }

  @Test
  void enterpriseWith7MembersJoinsAJointUnionAndIsFoundedThroughIt() {
    fixture.enterprise(9, 2, false).register();
    ProcessInstance instance = start();
    runToMembers(instance, false, TOWN);
    registerMembers(instance, FoundingTestFixture.roster(7, 2));

    assertThat(instance).variables().containsEntry(VAR_REQUIRED_STRUCTURES, List.of(STRUCTURE_JOINT_UNION_OR_GROUP));
    assertThat(instance).isWaitingAt(TASK_RECORD_JOINT_UNION_ACCESSION);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    complete(task(), withVariables(FIELD_JOINT_UNION_NAME, "东街社区联合工会", FIELD_ACCESSION_DATE, "2025-06-01"));
    assertThat(instance).isEnded().hasPassed(END_JOINED_JOINT_UNION).hasNotPassed(TASK_NOMINATE_CANDIDATES);
    verify(fixture.ledger).joinedJointUnion(ENTERPRISE_ID, "东街社区联合工会");
  }

  @Test
  void enterpriseWith5EmployeesIsApprovedByItsOwnCommunityUnion() {
    fixture.enterprise(5, 0, false).register();
    ProcessInstance instance = start();
    assertThat(instance).variables().containsEntry(VAR_APPROVER_UNIT_CODE, COMMUNITY);
  }

  // ---- returns and refusals ---------------------------------------------------------------------

  @Test
  void returnedReportGoesBackToThePreparatoryGroupWithItsReason() {
    fixture.enterprise(20, 3, true).register();
    ProcessInstance instance = start();
    recordPartyNomination(instance);
    submitReport(instance);

    assertThatThrownBy(() -> reviewReport(instance, DECISION_RETURN, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("退回的理由");
    reviewReport(instance, DECISION_RETURN, "请补充职工名单");
    assertThat(instance).isWaitingAt(TASK_SUBMIT_FOUNDING_REPORT);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    org.assertj.core.api.Assertions.assertThat(fixture.decisions)
        .extracting(FoundingDecision::getDecision, FoundingDecision::getReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DECISION_RETURN, "请补充职工名单"));

    submitReport(instance);
    reviewReport(instance, DECISION_APPROVE, null);
    assertThat(instance).isWaitingAt(TASK_RECORD_PUBLICITY);
  }

  @Test
  void refusedReportEndsTheCaseAndTheLedgerShowsNotFounded() {
    fixture.enterprise(60, 12, false).register();
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
    complete(
        task(),
        withVariables(FIELD_CONSULTATION_DATE, "2025-05-20", FIELD_PREPARATORY_MEMBERS, "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
    submitReport(instance);
    reviewReport(instance, DECISION_REFUSE, "企业已停业，不具备建会条件");

    assertThat(instance).isEnded().hasPassed(TASK_CLOSE_REFUSED_FOUNDING, END_FOUNDING_REFUSED);
    verify(fixture.ledger).stopFounding(ENTERPRISE_ID);
    org.assertj.core.api.Assertions.assertThat(fixture.decisions.get(0).getReason()).isEqualTo("企业已停业，不具备建会条件");
    org.assertj.core.api.Assertions.assertThat(fixture.decisions.get(0).getSubject())
        .isEqualTo(FoundingDecision.Subject.FOUNDING_REPORT);
  }

  @Test
  void candidatesReturnedByThePartyOrganisationOrTheSuperiorUnionAreNominatedAgain() {
    fixture.enterprise(60, 12, true).register();
    ProcessInstance instance = start();
    runToMembers(instance, true, COUNTY);
    registerMembers(instance, FoundingTestFixture.roster(30, 11));

    nominate(instance, fullSlate());
    complete(
        task(TASK_RECORD_PARTY_APPROVAL),
        withVariables(VAR_PARTY_CANDIDATE_DECISION, DECISION_RETURN, FIELD_PARTY_CANDIDATE_REASON, "主席人选需调整"));
    assertThat(instance).isWaitingAt(TASK_APPROVE_CANDIDATES); // the join waits for the other approval
    complete(task(TASK_APPROVE_CANDIDATES), withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_APPROVE));
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    org.assertj.core.api.Assertions.assertThat(fixture.candidates).allMatch(c -> c.getState() == Candidate.State.RETURNED);

    nominate(instance, fullSlate());
    complete(task(TASK_RECORD_PARTY_APPROVAL), withVariables(VAR_PARTY_CANDIDATE_DECISION, DECISION_APPROVE));
    assertThatThrownBy(() -> complete(task(TASK_APPROVE_CANDIDATES), withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_RETURN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("理由");
    complete(
        task(TASK_APPROVE_CANDIDATES),
        withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_RETURN, FIELD_SUPERIOR_CANDIDATE_REASON, "经审会主任候选人不宜由财务人员担任"));
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
  }

  @Test
  void electionResultReturnedByTheSuperiorUnionIsElectedAgain() {
    fixture.enterprise(20, 3, false).register();
    ProcessInstance instance = start();
    runToMembers(instance, false, TOWN);
    registerMembers(instance, FoundingTestFixture.roster(10, 2));
    nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n李强," + idNumber(5, false) + ",委员,否");
    complete(task(), withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_APPROVE));
    recordElection(instance, "王芳,主席\n李强,委员");

    assertThatThrownBy(() -> complete(task(), withVariables(VAR_ELECTION_DECISION, DECISION_APPROVE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「批复文号」批准时必须填写批复文号");
    complete(task(), withVariables(VAR_ELECTION_DECISION, DECISION_RETURN, FIELD_ELECTION_DECISION_REASON, "到会人数记录有误"));
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
  }

  // ---- what the server refuses ------------------------------------------------------------------

  @Test
  void ownerAsChairIsRefusedWithTheReasonFromTheEligibilityTable() {
    fixture.enterprise(20, 3, false).register();
    ProcessInstance instance = start();
    runToMembers(instance, false, TOWN);
    registerMembers(instance, FoundingTestFixture.roster(10, 2));

    assertThatThrownBy(() -> nominate(instance, "王芳," + idNumber(0, true) + ",主席,是"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「候选人名单」第1行王芳不能担任主席：民营企业主及其近亲属不能担任工会主席、经审会主任和经审委员");
    assertThatThrownBy(() -> nominate(instance, "外人," + "620102199001019998".substring(0, 17) + "X" + ",主席,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("居民身份证号码");
    String outsider = idNumber(400, false);
    assertThatThrownBy(() -> nominate(instance, "张三," + outsider + ",主席,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("非工会会员");
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    org.assertj.core.api.Assertions.assertThat(fixture.candidates).isEmpty();
  }

  @Test
  void aMissingRequiredBodyIsRefusedAtNominationAndAtElection() {
    fixture.enterprise(60, 12, true).register();
    ProcessInstance instance = start();
    runToMembers(instance, true, COUNTY);
    registerMembers(instance, FoundingTestFixture.roster(30, 11));

    assertThatThrownBy(() -> nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n周红," + idNumber(1, true) + ",女职委主任,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("缺少经审会主任候选人");
    assertThatThrownBy(() -> nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n孙丽," + idNumber(20, false) + ",经审会主任,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("缺少女职委主任候选人");

    nominate(instance, fullSlate());
    complete(task(TASK_RECORD_PARTY_APPROVAL), withVariables(VAR_PARTY_CANDIDATE_DECISION, DECISION_APPROVE));
    complete(task(TASK_APPROVE_CANDIDATES), withVariables(VAR_SUPERIOR_CANDIDATE_DECISION, DECISION_APPROVE));
    assertThatThrownBy(() -> recordElection(instance, "王芳,主席\n周红,女职委主任", 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「当选人员」须选出经费审查委员会主任一名");
    assertThatThrownBy(() -> recordElection(instance, "王芳,主席\n孙丽,经审会主任\n周红,女职委主任\n路人甲,委员", 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("路人甲不是经批准的委员候选人");
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
  }

  @Test
  void aRosterWithBadRowsOrMoreMembersThanEmployeesImportsNothing() {
    fixture.enterprise(9, 2, false).register();
    ProcessInstance instance = start();
    runToMembers(instance, false, TOWN);

    String badCheckDigit = idNumber(0, true).substring(0, 17) + "0";
    assertThatThrownBy(() -> registerMembers(instance, "王芳," + badCheckDigit + ",女,一车间\n李强," + idNumber(1, false) + ",男,"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第1行「居民身份证号码」校验位不正确")
        .hasMessageContaining("第2行「车间/班组」不能为空");
    assertThatThrownBy(() -> registerMembers(instance, FoundingTestFixture.roster(10, 2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("会员人数（10人）不能多于企业职工人数（9人）");
    assertThatThrownBy(() -> registerMembers(instance, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("还没有会员");
    org.assertj.core.api.Assertions.assertThat(fixture.members).isEmpty();
    assertThat(instance).isWaitingAt(TASK_REGISTER_MEMBERS);
  }

  @Test
  void aWrongCreditCodeCheckDigitStartsNoCase() {
    fixture.enterprise(20, 3, false).register();
    Map<String, Object> form = startForm();
    form.put(FIELD_CREDIT_CODE, "91620102MA71K2Q8DA");

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「统一社会信用代码」校验位不正确");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    verify(fixture.ledger, never()).register(any(EnterpriseDetails.class), any(), any());
  }

  @Test
  void moreFemaleEmployeesThanEmployeesStartsNoCase() {
    fixture.enterprise(20, 3, false).register();
    Map<String, Object> form = startForm();
    form.put(VAR_FEMALE_EMPLOYEE_COUNT, 21);

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「女职工人数」不能多于职工人数（20人）");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aCaseForAnEnterpriseOfTheLedgerStartsByItsId() {
    fixture.enterprise(20, 3, false).register();
    org.mockito.Mockito.when(fixture.ledger.forNewCase(ENTERPRISE_ID)).thenReturn(fixture.enterprise);
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(VAR_ENTERPRISE_ID, ENTERPRISE_ID, VAR_EIGHT_HAVES_DELAY, "PT1H"));
    assertThat(instance).variables().containsEntry(VAR_EIGHT_HAVES_DELAY, "PT1H").containsEntry(VAR_ORG_UNIT_CODE, COMMUNITY);
    assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
  }

  // ---- steps ------------------------------------------------------------------------------------

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, startForm());
  }

  private static Map<String, Object> startForm() {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_ENTERPRISE_NAME, "示范县青松食品有限公司");
    form.put(FIELD_CREDIT_CODE, "91620102MA71K2Q8DH");
    form.put(FIELD_ADDRESS, "城关镇东街18号");
    form.put(FIELD_OWNER_NAME, "郑国强");
    form.put(VAR_EMPLOYEE_COUNT, 20);
    form.put(VAR_FEMALE_EMPLOYEE_COUNT, 3);
    form.put(VAR_HAS_PARTY_ORGANISATION, false);
    return form;
  }

  private void runToMembers(ProcessInstance instance, boolean party, String approver) {
    if (party) {
      recordPartyNomination(instance);
    } else {
      assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
      complete(
          task(),
          withVariables(FIELD_CONSULTATION_DATE, "2025-05-20", FIELD_PREPARATORY_MEMBERS, "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
    }
    submitReport(instance);
    assertThat(task()).hasCandidateGroup(approver);
    reviewReport(instance, DECISION_APPROVE, null);
    recordPublicity(instance, 5);
  }

  private void recordPartyNomination(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_RECORD_PARTY_NOMINATION);
    complete(
        task(),
        withVariables(
            FIELD_PARTY_ORGANISATION_NAME, "青松食品有限公司党支部",
            FIELD_NOMINATION_DATE, "2025-05-20",
            FIELD_PREPARATORY_MEMBERS, "王芳,党组织推荐\n李强,党组织推荐\n赵敏,党组织推荐"));
  }

  private void submitReport(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_SUBMIT_FOUNDING_REPORT);
    complete(task(), withVariables(FIELD_REPORT_DATE, "2025-05-22", FIELD_REPORT_SUMMARY, "拟成立工会委员会，筹备组3人"));
  }

  private void reviewReport(ProcessInstance instance, String decision, String reason) {
    assertThat(instance).isWaitingAt(TASK_REVIEW_FOUNDING_REPORT);
    Map<String, Object> form = new HashMap<>();
    form.put(VAR_REPORT_DECISION, decision);
    form.put(FIELD_REPORT_DECISION_REASON, reason);
    complete(task(), form);
  }

  private void recordPublicity(ProcessInstance instance, int reached) {
    assertThat(instance).isWaitingAt(TASK_RECORD_PUBLICITY);
    complete(
        task(),
        withVariables(FIELD_PUBLICITY_DATE, "2025-05-25", FIELD_PUBLICITY_MEANS, "召开职工大会，张贴宣传栏", FIELD_EMPLOYEES_REACHED, reached));
  }

  private void registerMembers(ProcessInstance instance, String rows) {
    assertThat(instance).isWaitingAt(TASK_REGISTER_MEMBERS);
    taskService().complete(task().getId(), withVariables(FIELD_MEMBER_ROWS, rows));
  }

  private void nominate(ProcessInstance instance, String rows) {
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    taskService().complete(task().getId(), withVariables(FIELD_NOMINATION_METHOD, "DEMOCRATIC", FIELD_CANDIDATE_ROWS, rows));
  }

  private void recordElection(ProcessInstance instance, String elected) {
    recordElection(instance, elected, 9);
  }

  private void recordElection(ProcessInstance instance, String elected, int votersPresent) {
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
    taskService()
        .complete(
            task().getId(),
            withVariables(
                FIELD_ASSEMBLY_TYPE, "MEMBERS_ASSEMBLY",
                FIELD_ELECTION_DATE, "2025-06-10",
                FIELD_VOTERS_PRESENT, votersPresent,
                FIELD_ELECTED_ROWS, elected));
  }

  private void checkEightHaves(ProcessInstance instance, String... missingItems) {
    assertThat(instance).isWaitingAt(TASK_CHECK_EIGHT_HAVES);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    Map<String, Object> form = new HashMap<>();
    for (String item : EIGHT_HAVES_INPUTS) {
      form.put(item, !List.of(missingItems).contains(item));
    }
    complete(task(), form);
  }

  /** 30 members: women 0-10, men 11-29. */
  private static String fullSlate() {
    return String.join(
        "\n",
        "王芳," + idNumber(0, true) + ",主席,否",
        "李强," + idNumber(15, false) + ",副主席,是",
        "赵敏," + idNumber(16, false) + ",委员,否",
        "孙丽," + idNumber(20, false) + ",经审会主任,否",
        "周红," + idNumber(1, true) + ",女职委主任,否");
  }
}
