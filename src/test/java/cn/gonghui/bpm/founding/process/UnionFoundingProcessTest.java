package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.*;
import static cn.gonghui.bpm.testkit.TestIdentities.idNumber;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.enterprise.EnterpriseStatus;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.founding.record.Candidate;
import cn.gonghui.bpm.founding.record.FoundingCase;
import cn.gonghui.bpm.founding.record.FoundingCaseService;
import cn.gonghui.bpm.founding.record.FoundingRecordService;
import cn.gonghui.bpm.founding.record.RosterService;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.CaseVariables;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.approval.ApprovalRecord;
import cn.gonghui.bpm.platform.approval.ApprovalService;
import cn.gonghui.bpm.platform.approval.Decision;
import cn.gonghui.bpm.testkit.ProcessTest;
import cn.gonghui.bpm.testkit.Rosters;
import cn.gonghui.bpm.testkit.TestIdentities;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code union-founding} with the real models (BPMN, the four DMN tables, the forms), the
 * real listeners, delegates and services on an in-memory database, done step by step by the clerks of the
 * demo county's units (东街社区 SFX-CG-DJ registers; the town SFX-CG or the county SFX approves).
 * Process-test coverage must report at least 90% of flow nodes and sequence flows.
 */
class UnionFoundingProcessTest extends ProcessTest {

  static final String APPROVE = Decision.APPROVE.name();
  static final String RETURN = Decision.RETURN.name();
  static final String REFUSE = Decision.REFUSE.name();

  @Autowired LedgerService ledger;
  @Autowired FoundingCaseService cases;
  @Autowired FoundingRecordService records;
  @Autowired RosterService roster;
  @Autowired ApprovalService approvals;
  @Autowired OrgUnitService orgUnits;

  // ---- whole foundings --------------------------------------------------------------------------

  @Test
  void enterpriseWithPartyOrganisationAnd60EmployeesIsFoundedWithCountyApprovalAndReachesTheStandard() {
    String creditCode = TestIdentities.newCreditCode();
    ProcessInstance instance = start(creditCode, 60, 12, true);
    Enterprise enterprise = enterpriseOf(instance);

    assertThat(instance).hasVariables(VAR_ENTERPRISE_ID, VAR_APPROVER_UNIT_CODE);
    assertThat(instance).variables().containsEntry(VAR_ORG_UNIT_CODE, COMMUNITY).containsEntry(VAR_APPROVER_UNIT_CODE, COUNTY);
    // task cards show the owning unit by name, also to the approving unit's clerks
    assertThat(instance).variables().containsEntry(CaseVariables.ORG_UNIT_NAME, "城关镇东街社区工会");
    // personal data and ledger fields do not stay in the case; the name is the task cards' label
    assertThat(instance).variables().doesNotContainKeys(FIELD_CREDIT_CODE, FIELD_ADDRESS, FIELD_OWNER_NAME, FIELD_COMMUNITY_CODE);
    assertThat(instance).variables().containsEntry(VAR_ENTERPRISE_NAME, enterprise.getName());
    // Cockpit finds the case by the enterprise's name
    assertThat(instance).hasBusinessKey(enterprise.getName() + "（" + creditCode + "）");
    Assertions.assertThat(enterprise.getStatus()).isEqualTo(EnterpriseStatus.FOUNDING);
    Assertions.assertThat(enterprise.getOwnerName()).isEqualTo("郑国强");
    Assertions.assertThat(cases.require(instance.getId()).getOutcome()).isEqualTo(FoundingCase.Outcome.OPEN);

    assertThat(instance).isWaitingAt(TASK_RECORD_PARTY_NOMINATION);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    recordPartyNomination(instance);
    Assertions.assertThat(records.preparatoryMembers(instance.getId())).hasSize(3);
    assertThat(instance).variables().doesNotContainKey(FIELD_PREPARATORY_MEMBERS);
    submitReport(instance);
    assertThat(task()).hasCandidateGroup(COUNTY);
    Assertions.assertThat(task().getDueDate()).isAfter(new Date());
    reviewReport(instance, COUNTY, APPROVE, null);
    recordPublicity(instance, 55);
    registerMembers(instance, Rosters.text(30, 11));

    assertThat(instance).variables().containsEntry(VAR_MEMBER_COUNT, 30);
    assertThat(instance).variables()
        .containsEntry(VAR_REQUIRED_STRUCTURES, List.of(STRUCTURE_UNION_COMMITTEE, STRUCTURE_AUDIT_COMMITTEE, STRUCTURE_WOMEN_COMMITTEE));
    assertThat(instance).variables().doesNotContainKey(FIELD_MEMBER_ROWS);
    Assertions.assertThat(ledger.require(enterprise.getId()).getMemberCount()).isEqualTo(30);

    nominate(instance, fullSlate());
    assertThat(instance).isWaitingAt(TASK_RECORD_PARTY_APPROVAL, TASK_APPROVE_CANDIDATES);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(task(TASK_APPROVE_CANDIDATES).getId(), VAR_REVIEW_ITEMS))
        .contains("候选人（5人，会员民主推选）", "王芳，主席，会员，任职资格审查：合格", "李强，副主席，会员，企业主或其近亲属")
        .doesNotContain(idNumber(0, true));
    assertThat(task(TASK_RECORD_PARTY_APPROVAL)).hasCandidateGroup(COMMUNITY);
    assertThat(task(TASK_APPROVE_CANDIDATES)).hasCandidateGroup(COUNTY);
    completeAs(COMMUNITY, task(TASK_RECORD_PARTY_APPROVAL), Map.of(VAR_PARTY_CANDIDATE_DECISION, APPROVE));
    completeAs(COUNTY, task(TASK_APPROVE_CANDIDATES), Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, APPROVE));
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
    Assertions.assertThat(records.currentCandidates(instance.getId()))
        .hasSize(5)
        .allMatch(c -> c.getState() == Candidate.State.APPROVED);

    recordElection(instance, "王芳,主席\n李强,副主席\n赵敏,委员\n孙丽,经审会主任\n周红,女职委主任", 28);
    assertThat(task()).hasCandidateGroup(COUNTY);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), VAR_REVIEW_ITEMS))
        .contains("会员大会", "会员30人，到会28人", "王芳，主席", "周红，女职委主任");
    completeAs(COUNTY, task(), Map.of(VAR_ELECTION_DECISION, APPROVE, VAR_APPROVAL_NUMBER, "示总工复〔2025〕8号"));

    // Save point before the union is registered: a failure retries as a job, then raises an incident.
    assertThat(instance).isWaitingAt(TASK_ESTABLISH_UNION);
    execute(job());
    String unionCode = COMMUNITY + "-E" + enterprise.getId();
    Assertions.assertThat(orgUnits.require(unionCode).getName()).isEqualTo(enterprise.getName() + "工会委员会");
    Assertions.assertThat(ledger.require(enterprise.getId()).getStatus()).isEqualTo(EnterpriseStatus.FOUNDED);
    Assertions.assertThat(ledger.require(enterprise.getId()).getUnionCode()).isEqualTo(unionCode);
    assertThat(instance).hasPassed(EVENT_UNION_ESTABLISHED).isWaitingAt(TIMER_EIGHT_HAVES_DUE);

    // 八有 after 30 days: two items missing → rectification, overdue reminder, re-check, standard met.
    execute(job());
    checkEightHaves(instance, "hasSeal", "hasArchives");
    assertThat(instance).variables().containsEntry(VAR_MISSING, List.of("印章", "档案")).containsEntry(VAR_MISSING_ITEMS, "印章、档案");
    assertThat(instance).isWaitingAt(TASK_RECTIFY_EIGHT_HAVES);
    // one unit per task: the guiding community rectifies (the new union has no users yet)
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    Assertions.assertThat(task().getTenantId()).isEqualTo(COMMUNITY);
    Assertions.assertThat(task().getDueDate()).isAfter(new Date());
    Assertions.assertThat(records.eightHavesChecks(instance.getId())).extracting(c -> c.getMissing()).containsExactly("印章、档案");

    execute(job()); // the rectification is overdue
    Assertions.assertThat(cases.require(instance.getId()).isRectificationOverdue()).isTrue();
    Assertions.assertThat(task().getPriority()).isEqualTo(FlagRectificationOverdueDelegate.OVERDUE_PRIORITY);
    Assertions.assertThat(task().getName()).endsWith("（已超期）");
    assertThat(instance).hasPassed(END_OVERDUE_FLAGGED);

    completeAs(COMMUNITY, task(), Map.of(FIELD_RECTIFICATION_NOTE, "已刻制印章，建立档案柜"));
    checkEightHaves(instance);
    assertThat(instance).isEnded().hasPassed(TASK_RECORD_STANDARD_MET, END_STANDARD_MET);
    Assertions.assertThat(ledger.require(enterprise.getId()).getStatus()).isEqualTo(EnterpriseStatus.STANDARD_MET);
    FoundingCase ended = cases.require(instance.getId());
    Assertions.assertThat(ended.getOutcome()).isEqualTo(FoundingCase.Outcome.STANDARD_MET);
    Assertions.assertThat(ended.isRectificationOverdue()).isFalse();
    Assertions.assertThat(ended.getEndedAt()).isNotNull();
    Assertions.assertThat(approvals.ofCase(instance.getId()))
        .extracting(ApprovalRecord::getSubject, ApprovalRecord::getDecision, ApprovalRecord::getUnitCode)
        .containsExactly(
            tuple("建会报告", Decision.APPROVE, COUNTY),
            tuple("候选人（党组织）", Decision.APPROVE, COMMUNITY),
            tuple("候选人（上级工会）", Decision.APPROVE, COUNTY),
            tuple("选举结果", Decision.APPROVE, COUNTY));
  }

  @Test
  void enterpriseWithoutPartyOrganisationAnd20EmployeesIsApprovedByTownUnionWithoutPartyApproval() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 20, 3, false);

    assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    agreePreparatoryGroup(instance);
    submitReport(instance);
    assertThat(task()).hasCandidateGroup(TOWN);
    reviewReport(instance, TOWN, APPROVE, null);
    recordPublicity(instance, 20);
    registerMembers(instance, Rosters.text(10, 2));
    assertThat(instance).variables().containsEntry(VAR_REQUIRED_STRUCTURES, List.of(STRUCTURE_UNION_COMMITTEE));

    nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n李强," + idNumber(5, false) + ",委员,是");
    assertThat(instance).isWaitingAt(TASK_APPROVE_CANDIDATES).isNotWaitingAt(TASK_RECORD_PARTY_APPROVAL);
    assertThat(task()).hasCandidateGroup(TOWN);
    completeAs(TOWN, task(), Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, APPROVE));
    recordElection(instance, "王芳,主席\n李强,委员");
    completeAs(TOWN, task(), Map.of(VAR_ELECTION_DECISION, APPROVE, VAR_APPROVAL_NUMBER, "城工复〔2025〕3号"));
    execute(job());
    assertThat(instance).isWaitingAt(TIMER_EIGHT_HAVES_DUE);
    execute(job());
    checkEightHaves(instance);
    assertThat(instance).isEnded().hasPassed(END_STANDARD_MET).hasNotPassed(TASK_RECTIFY_EIGHT_HAVES);
    Assertions.assertThat(records.elected(instance.getId())).extracting(Candidate::getName).containsExactly("王芳", "李强");
  }

  @Test
  void enterpriseWith7MembersJoinsAJointUnionAndIsFoundedThroughIt() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 9, 2, false);
    runToMembers(instance, false, TOWN);
    registerMembers(instance, Rosters.text(7, 2));

    assertThat(instance).variables().containsEntry(VAR_REQUIRED_STRUCTURES, List.of(STRUCTURE_JOINT_UNION_OR_GROUP));
    assertThat(instance).isWaitingAt(TASK_RECORD_JOINT_UNION_ACCESSION);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    completeAs(COMMUNITY, task(), Map.of(FIELD_JOINT_UNION_NAME, "东街社区联合工会", FIELD_ACCESSION_DATE, "2025-06-01"));
    assertThat(instance).isEnded().hasPassed(END_JOINED_JOINT_UNION).hasNotPassed(TASK_NOMINATE_CANDIDATES);
    Enterprise enterprise = enterpriseOf(instance);
    Assertions.assertThat(enterprise.getStatus()).isEqualTo(EnterpriseStatus.FOUNDED);
    Assertions.assertThat(enterprise.getJointUnionName()).isEqualTo("东街社区联合工会");
    Assertions.assertThat(cases.require(instance.getId()).getOutcome()).isEqualTo(FoundingCase.Outcome.JOINED_JOINT_UNION);
  }

  @Test
  void enterpriseWith5EmployeesIsApprovedByItsOwnCommunityUnion() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 5, 0, false);
    assertThat(instance).variables().containsEntry(VAR_APPROVER_UNIT_CODE, COMMUNITY);
  }

  // ---- returns and refusals ---------------------------------------------------------------------

  @Test
  void returnedReportGoesBackToThePreparatoryGroupWithItsReasonAndBothSubmissionsAreKept() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 20, 3, true);
    recordPartyNomination(instance);
    submitReport(instance);

    assertThatThrownBy(() -> reviewReport(instance, TOWN, RETURN, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("退回的理由");
    // the approver sees what is approved: the report and the preparatory group
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), VAR_REVIEW_ITEMS))
        .contains("拟成立工会委员会，筹备组3人", "王芳（党组织推荐）", "党组织提名：青松食品有限公司党支部");
    reviewReport(instance, TOWN, RETURN, "请补充职工名单");
    assertThat(instance).isWaitingAt(TASK_SUBMIT_FOUNDING_REPORT);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    // the reopened task says who returned it, when and why
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), "returnNotice"))
        .startsWith("示范县城关镇工会 测试" + TOWN + "办事员（" + clerkOf(TOWN) + "）于")
        .endsWith("退回（建会报告）：请补充职工名单");
    // what the approver saw is not kept in the engine's history (names of people)
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(VAR_REVIEW_ITEMS).count()).isZero();
    assertThat(instance).variables().doesNotContainKey(FIELD_REPORT_DECISION_REASON);
    Assertions.assertThat(approvals.ofCase(instance.getId()))
        .extracting(ApprovalRecord::getDecision, ApprovalRecord::getReason, ApprovalRecord::getDecidedBy)
        .containsExactly(tuple(Decision.RETURN, "请补充职工名单", clerkOf(TOWN)));

    submitReport(instance);
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), VAR_REVIEW_ITEMS)).contains("第2次提交");
    reviewReport(instance, TOWN, APPROVE, null);
    assertThat(instance).isWaitingAt(TASK_RECORD_PUBLICITY);
    Assertions.assertThat(records.reports(instance.getId())).hasSize(2);
    // a task the case was never returned to has no notice
    Assertions.assertThat(engine.getTaskService().getVariableLocal(task().getId(), "returnNotice")).isNull();
  }

  @Test
  void refusedFoundingStartedAgainKeepsBothCasesRecordsEachWithItsCase() {
    String creditCode = TestIdentities.newCreditCode();
    ProcessInstance first = start(creditCode, 60, 12, false);
    agreePreparatoryGroup(first);
    submitReport(first);
    reviewReport(first, COUNTY, REFUSE, "企业已停业，不具备建会条件");

    assertThat(first).isEnded().hasPassed(TASK_CLOSE_REFUSED_FOUNDING, END_FOUNDING_REFUSED);
    Enterprise enterprise = enterpriseOf(first);
    Assertions.assertThat(enterprise.getStatus()).isEqualTo(EnterpriseStatus.NOT_FOUNDED);
    Assertions.assertThat(cases.require(first.getId()).getOutcome()).isEqualTo(FoundingCase.Outcome.REFUSED);
    Assertions.assertThat(approvals.ofCase(first.getId()))
        .extracting(ApprovalRecord::getSubject, ApprovalRecord::getDecision, ApprovalRecord::getReason)
        .containsExactly(tuple("建会报告", Decision.REFUSE, "企业已停业，不具备建会条件"));

    // The enterprise starts again (resumed business): a second case with records of its own.
    ProcessInstance second =
        startAs(COMMUNITY, PROCESS_KEY, Map.of(VAR_ENTERPRISE_ID, enterprise.getId()));
    completeAs(
        COMMUNITY,
        taskOf(TASK_AGREE_PREPARATORY_GROUP, second),
        Map.of(FIELD_CONSULTATION_DATE, "2025-09-01", FIELD_PREPARATORY_MEMBERS, "钱多,上级工会\n孙少,职工代表\n李新,企业代表\n何平,职工代表"));
    submitReport(second);
    reviewReport(second, COUNTY, APPROVE, null);
    recordPublicity(second, 40);
    registerMembers(second, Rosters.text(12, 3));

    Assertions.assertThat(records.preparatoryMembers(first.getId())).extracting(m -> m.getName()).containsExactly("刘洋", "陈静", "吴刚");
    Assertions.assertThat(records.preparatoryMembers(second.getId()))
        .extracting(m -> m.getName())
        .containsExactly("钱多", "孙少", "李新", "何平");
    Assertions.assertThat(records.preparatoryGroup(first.getId())).isPresent();
    Assertions.assertThat(records.preparatoryGroup(second.getId())).isPresent();
    Assertions.assertThat(roster.memberCount(first.getId())).isZero();
    Assertions.assertThat(roster.memberCount(second.getId())).isEqualTo(12);
    Assertions.assertThat(approvals.ofCase(second.getId())).extracting(ApprovalRecord::getDecision).containsExactly(Decision.APPROVE);
    Assertions.assertThat(cases.ofEnterprise(enterprise.getId()))
        .extracting(FoundingCase::getProcessInstanceId, FoundingCase::getOutcome)
        .containsExactly(tuple(second.getId(), FoundingCase.Outcome.OPEN), tuple(first.getId(), FoundingCase.Outcome.REFUSED));
    Assertions.assertThat(cases.currentOf(List.of(enterprise.getId())).get(enterprise.getId()).getProcessInstanceId())
        .isEqualTo(second.getId());
    Assertions.assertThat(ledger.require(enterprise.getId()).getStatus()).isEqualTo(EnterpriseStatus.FOUNDING);
  }

  @Test
  void candidatesReturnedByThePartyOrganisationOrTheSuperiorUnionAreNominatedAgain() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 60, 12, true);
    runToMembers(instance, true, COUNTY);
    registerMembers(instance, Rosters.text(30, 11));

    nominate(instance, fullSlate());
    completeAs(
        COMMUNITY,
        task(TASK_RECORD_PARTY_APPROVAL),
        Map.of(VAR_PARTY_CANDIDATE_DECISION, RETURN, FIELD_PARTY_CANDIDATE_REASON, "主席人选需调整"));
    assertThat(instance).isWaitingAt(TASK_APPROVE_CANDIDATES); // the join waits for the other approval
    completeAs(COUNTY, task(TASK_APPROVE_CANDIDATES), Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, APPROVE));
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    Assertions.assertThat(records.currentCandidates(instance.getId())).isEmpty();

    nominate(instance, fullSlate());
    completeAs(COMMUNITY, task(TASK_RECORD_PARTY_APPROVAL), Map.of(VAR_PARTY_CANDIDATE_DECISION, APPROVE));
    assertThatThrownBy(() -> completeAs(COUNTY, task(TASK_APPROVE_CANDIDATES), Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, RETURN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("理由");
    completeAs(
        COUNTY,
        task(TASK_APPROVE_CANDIDATES),
        Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, RETURN, FIELD_SUPERIOR_CANDIDATE_REASON, "经审会主任候选人不宜由财务人员担任"));
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    // the second return only: the first was answered by the second nomination
    Assertions.assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), "returnNotice"))
        .contains("退回（候选人（上级工会））：经审会主任候选人不宜由财务人员担任")
        .doesNotContain("主席人选需调整");
    Assertions.assertThat(approvals.ofCase(instance.getId()))
        .extracting(ApprovalRecord::getDecision)
        .containsExactly(Decision.APPROVE, Decision.RETURN, Decision.APPROVE, Decision.APPROVE, Decision.RETURN);
  }

  @Test
  void electionResultReturnedByTheSuperiorUnionIsElectedAgain() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 20, 3, false);
    runToMembers(instance, false, TOWN);
    registerMembers(instance, Rosters.text(10, 2));
    nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n李强," + idNumber(5, false) + ",委员,否");
    completeAs(TOWN, task(), Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, APPROVE));
    recordElection(instance, "王芳,主席\n李强,委员");

    assertThatThrownBy(() -> completeAs(TOWN, task(), Map.of(VAR_ELECTION_DECISION, APPROVE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「批复文号」批准时必须填写批复文号");
    completeAs(TOWN, task(), Map.of(VAR_ELECTION_DECISION, RETURN, FIELD_ELECTION_DECISION_REASON, "到会人数记录有误"));
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
  }

  // ---- what the server refuses ------------------------------------------------------------------

  @Test
  void everyBadCandidateLineIsReportedAtOnceWithTheReasonFromTheEligibilityTable() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 20, 3, false);
    runToMembers(instance, false, TOWN);
    registerMembers(instance, Rosters.text(10, 2));

    String outsider = idNumber(400, false);
    assertThatThrownBy(
            () ->
                nominate(
                    instance,
                    "王芳," + idNumber(0, true) + ",主席,是\n"
                        + "错号," + TestIdentities.withWrongCheckDigit(idNumber(3, false)) + ",委员,否\n"
                        + "张三," + outsider + ",委员,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("「候选人名单」有3处错误")
        .hasMessageContaining("第1行王芳不能担任主席：民营企业主及其近亲属不能担任工会主席、经审会主任和经审委员")
        .hasMessageContaining("第2行「居民身份证号码」")
        .hasMessageContaining("第3行张三不能担任委员");
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    Assertions.assertThat(records.currentCandidates(instance.getId())).isEmpty();
  }

  @Test
  void aMissingRequiredBodyIsRefusedAtNominationAndAtElection() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 60, 12, true);
    runToMembers(instance, true, COUNTY);
    registerMembers(instance, Rosters.text(30, 11));

    assertThatThrownBy(() -> nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n周红," + idNumber(1, true) + ",女职委主任,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("缺少经审会主任候选人");
    assertThatThrownBy(() -> nominate(instance, "王芳," + idNumber(0, true) + ",主席,否\n孙丽," + idNumber(20, false) + ",经审会主任,否"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("缺少女职委主任候选人");

    nominate(instance, fullSlate());
    completeAs(COMMUNITY, task(TASK_RECORD_PARTY_APPROVAL), Map.of(VAR_PARTY_CANDIDATE_DECISION, APPROVE));
    completeAs(COUNTY, task(TASK_APPROVE_CANDIDATES), Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, APPROVE));
    assertThatThrownBy(() -> recordElection(instance, "王芳,主席\n周红,女职委主任", 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("须选出经费审查委员会主任一名");
    assertThatThrownBy(() -> recordElection(instance, "王芳,主席\n孙丽,经审会主任\n周红,女职委主任\n路人甲,委员", 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第4行路人甲不是经批准的委员候选人");
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
  }

  @Test
  void aRosterWithBadRowsOrMoreMembersThanEmployeesImportsNothing() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 9, 2, false);
    runToMembers(instance, false, TOWN);

    String badCheckDigit = TestIdentities.withWrongCheckDigit(idNumber(0, true));
    assertThatThrownBy(() -> registerMembers(instance, "王芳," + badCheckDigit + ",女,一车间\n李强," + idNumber(1, false) + ",男,"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第1行「居民身份证号码」校验位不正确")
        .hasMessageContaining("第2行「车间/班组」不能为空");
    assertThatThrownBy(() -> registerMembers(instance, Rosters.text(10, 2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("会员人数（10人）不能多于企业职工人数（9人）");
    assertThatThrownBy(() -> registerMembers(instance, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("还没有会员");
    Assertions.assertThat(roster.memberCount(instance.getId())).isZero();
    assertThat(instance).isWaitingAt(TASK_REGISTER_MEMBERS);
  }

  @Test
  void aWrongCreditCodeCheckDigitStartsNoCaseAndWritesNoLedgerRow() {
    String creditCode = TestIdentities.withWrongCheckCharacter(TestIdentities.newCreditCode());
    long before = runtimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> start(creditCode, 20, 3, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「统一社会信用代码」校验位不正确");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void moreFemaleEmployeesThanEmployeesStartsNoCase() {
    String creditCode = TestIdentities.newCreditCode();
    assertThatThrownBy(() -> start(creditCode, 20, 21, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「女职工人数」不能多于职工人数（20人）");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("%" + creditCode + "%").count()).isZero();
  }

  @Test
  void aSecondCaseForAnEnterpriseWithAFoundingUnderwayIsAConflict() {
    ProcessInstance instance = start(TestIdentities.newCreditCode(), 20, 3, false);
    long enterpriseId = enterpriseOf(instance).getId();
    assertThatThrownBy(() -> startAs(COMMUNITY, PROCESS_KEY, Map.of(VAR_ENTERPRISE_ID, enterpriseId)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("已有正在办理的建会事项");
    Assertions.assertThat(cases.ofEnterprise(enterpriseId)).hasSize(1);
  }

  @Test
  void anAdministratorMayShortenTheEightHavesWaitOfACaseStartedForALedgerRow() {
    ProcessInstance first = start(TestIdentities.newCreditCode(), 20, 3, false);
    long enterpriseId = enterpriseOf(first).getId();
    agreePreparatoryGroup(first);
    submitReport(first);
    reviewReport(first, TOWN, REFUSE, "材料不全");

    ProcessInstance instance =
        as(
            "admin",
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        PROCESS_KEY, Map.of(VAR_ENTERPRISE_ID, enterpriseId, VAR_EIGHT_HAVES_DELAY, "PT1H")));
    assertThat(instance).variables().containsEntry(VAR_EIGHT_HAVES_DELAY, "PT1H").containsEntry(VAR_ORG_UNIT_CODE, COMMUNITY);
    assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
  }

  // ---- steps ------------------------------------------------------------------------------------

  private ProcessInstance start(String creditCode, int employees, int women, boolean party) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_ENTERPRISE_NAME, "示范县青松食品有限公司" + creditCode.substring(12));
    form.put(FIELD_CREDIT_CODE, creditCode);
    form.put(FIELD_ADDRESS, "城关镇东街18号");
    form.put(FIELD_OWNER_NAME, "郑国强");
    form.put(VAR_EMPLOYEE_COUNT, employees);
    form.put(VAR_FEMALE_EMPLOYEE_COUNT, women);
    form.put(VAR_HAS_PARTY_ORGANISATION, party);
    return startAs(COMMUNITY, PROCESS_KEY, form);
  }

  private Enterprise enterpriseOf(ProcessInstance instance) {
    return cases.enterpriseOf(instance.getId());
  }

  private static Task taskOf(String taskKey, ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private void runToMembers(ProcessInstance instance, boolean party, String approver) {
    if (party) {
      recordPartyNomination(instance);
    } else {
      agreePreparatoryGroup(instance);
    }
    submitReport(instance);
    assertThat(task()).hasCandidateGroup(approver);
    reviewReport(instance, approver, APPROVE, null);
    recordPublicity(instance, 5);
  }

  private void agreePreparatoryGroup(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_AGREE_PREPARATORY_GROUP);
    completeAs(
        COMMUNITY,
        taskOf(TASK_AGREE_PREPARATORY_GROUP, instance),
        Map.of(FIELD_CONSULTATION_DATE, "2025-05-20", FIELD_PREPARATORY_MEMBERS, "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
  }

  private void recordPartyNomination(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_RECORD_PARTY_NOMINATION);
    completeAs(
        COMMUNITY,
        taskOf(TASK_RECORD_PARTY_NOMINATION, instance),
        Map.of(
            FIELD_PARTY_ORGANISATION_NAME, "青松食品有限公司党支部",
            FIELD_NOMINATION_DATE, "2025-05-20",
            FIELD_PREPARATORY_MEMBERS, "王芳,党组织推荐\n李强,党组织推荐\n赵敏,党组织推荐"));
  }

  private void submitReport(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_SUBMIT_FOUNDING_REPORT);
    completeAs(
        COMMUNITY,
        taskOf(TASK_SUBMIT_FOUNDING_REPORT, instance),
        Map.of(FIELD_REPORT_DATE, "2025-05-22", FIELD_REPORT_SUMMARY, "拟成立工会委员会，筹备组3人"));
  }

  private void reviewReport(ProcessInstance instance, String approver, String decision, String reason) {
    assertThat(instance).isWaitingAt(TASK_REVIEW_FOUNDING_REPORT);
    Map<String, Object> form = new HashMap<>();
    form.put(VAR_REPORT_DECISION, decision);
    form.put(FIELD_REPORT_DECISION_REASON, reason);
    completeAs(approver, taskOf(TASK_REVIEW_FOUNDING_REPORT, instance), form);
  }

  private void recordPublicity(ProcessInstance instance, int reached) {
    assertThat(instance).isWaitingAt(TASK_RECORD_PUBLICITY);
    completeAs(
        COMMUNITY,
        taskOf(TASK_RECORD_PUBLICITY, instance),
        Map.of(FIELD_PUBLICITY_DATE, "2025-05-25", FIELD_PUBLICITY_MEANS, "召开职工大会，张贴宣传栏", FIELD_EMPLOYEES_REACHED, reached));
  }

  private void registerMembers(ProcessInstance instance, String rows) {
    assertThat(instance).isWaitingAt(TASK_REGISTER_MEMBERS);
    completeAs(COMMUNITY, taskOf(TASK_REGISTER_MEMBERS, instance), Map.of(FIELD_MEMBER_ROWS, rows));
  }

  private void nominate(ProcessInstance instance, String rows) {
    assertThat(instance).isWaitingAt(TASK_NOMINATE_CANDIDATES);
    completeAs(
        COMMUNITY,
        taskOf(TASK_NOMINATE_CANDIDATES, instance),
        Map.of(FIELD_NOMINATION_METHOD, "DEMOCRATIC", FIELD_CANDIDATE_ROWS, rows));
  }

  private void recordElection(ProcessInstance instance, String elected) {
    recordElection(instance, elected, 9);
  }

  private void recordElection(ProcessInstance instance, String elected, int votersPresent) {
    assertThat(instance).isWaitingAt(TASK_RECORD_ELECTION);
    completeAs(
        COMMUNITY,
        taskOf(TASK_RECORD_ELECTION, instance),
        Map.of(
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
    completeAs(COMMUNITY, taskOf(TASK_CHECK_EIGHT_HAVES, instance), form);
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
