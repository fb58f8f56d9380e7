package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.*;

import cn.gonghui.bpm.founding.FormInput;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.founding.record.Election;
import cn.gonghui.bpm.founding.record.FoundingDecision;
import cn.gonghui.bpm.founding.record.FoundingRecordService;
import cn.gonghui.bpm.founding.record.PreparatoryGroup;
import cn.gonghui.bpm.founding.roster.RosterService;
import cn.gonghui.bpm.platform.InvalidInputException;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The {@code complete} listeners of the founding's user tasks, one method per task (BPMN:
 * {@code ${foundingTaskListeners.recordPublicity(task)}}). Each reads its form, lets a service check and
 * store it (a bad value throws {@link InvalidInputException} and the task stays open), and leaves only
 * decisions and routing flags in the case; the business data lives in the records.
 */
@Component("foundingTaskListeners")
public class FoundingTaskListeners {

  private final LedgerService ledger;
  private final RosterService roster;
  private final FoundingRecordService records;

  public FoundingTaskListeners(LedgerService ledger, RosterService roster, FoundingRecordService records) {
    this.ledger = ledger;
    this.roster = roster;
    this.records = records;
  }

  /** Step 1 with a party organisation: the party organisation's nomination of the preparatory group. */
  public void recordPartyNomination(DelegateTask task) {
    FormInput form = form(task);
    String party = form.text(FIELD_PARTY_ORGANISATION_NAME, "党组织名称", 200);
    recordPreparatoryGroup(task, PreparatoryGroup.Route.PARTY_NOMINATION, party, FIELD_NOMINATION_DATE, "提名日期");
    remove(task, FIELD_PARTY_ORGANISATION_NAME);
  }

  /** Step 1 without a party organisation: the members agreed by superior union, workers and enterprise. */
  public void agreePreparatoryGroup(DelegateTask task) {
    recordPreparatoryGroup(task, PreparatoryGroup.Route.CONSULTATION, null, FIELD_CONSULTATION_DATE, "协商日期");
  }

  private void recordPreparatoryGroup(
      DelegateTask task, PreparatoryGroup.Route route, String party, String dateField, String dateLabel) {
    FormInput form = form(task);
    records.recordPreparatoryGroup(
        Actors.enterpriseId(task),
        route,
        party,
        form.pastDate(dateField, dateLabel),
        form.text(FIELD_PREPARATORY_MEMBERS, "筹备组成员", 4000),
        FIELD_PREPARATORY_MEMBERS,
        Actors.userId(task));
    remove(task, dateField, FIELD_PREPARATORY_MEMBERS);
  }

  /** Step 2: the preparatory group's founding report. */
  public void submitFoundingReport(DelegateTask task) {
    FormInput form = form(task);
    records.submitReport(
        Actors.enterpriseId(task),
        form.pastDate(FIELD_REPORT_DATE, "报告日期"),
        form.text(FIELD_REPORT_SUMMARY, "建会报告内容", 2000),
        Actors.userId(task));
    remove(task, FIELD_REPORT_DATE, FIELD_REPORT_SUMMARY);
  }

  /** Step 2: the superior union approves, returns or refuses the report. */
  public void reviewFoundingReport(DelegateTask task) {
    decide(
        task,
        FoundingDecision.Subject.FOUNDING_REPORT,
        VAR_REPORT_DECISION,
        FIELD_REPORT_DECISION_REASON,
        List.of(DECISION_APPROVE, DECISION_RETURN, DECISION_REFUSE));
  }

  /** Step 3: publicity among the employees. */
  public void recordPublicity(DelegateTask task) {
    FormInput form = form(task);
    records.recordPublicity(
        Actors.enterpriseId(task),
        form.pastDate(FIELD_PUBLICITY_DATE, "宣传日期"),
        form.text(FIELD_PUBLICITY_MEANS, "宣传方式和内容", 1000),
        form.count(FIELD_EMPLOYEES_REACHED, "覆盖职工人数"),
        FIELD_EMPLOYEES_REACHED,
        Actors.userId(task));
    remove(task, FIELD_PUBLICITY_DATE, FIELD_PUBLICITY_MEANS, FIELD_EMPLOYEES_REACHED);
  }

  /**
   * Step 4: the member roster, uploaded through /api beforehand or typed into the form (which replaces
   * an upload). The member count then drives {@code union-organisation-form}.
   */
  public void registerMembers(DelegateTask task) {
    long enterpriseId = Actors.enterpriseId(task);
    String rows = form(task).optionalText(FIELD_MEMBER_ROWS, "会员名单", 400_000);
    if (rows != null) {
      roster.importLines(enterpriseId, rows, FIELD_MEMBER_ROWS);
    }
    int members = roster.memberCount(enterpriseId);
    if (members == 0) {
      throw new InvalidInputException(FIELD_MEMBER_ROWS, "会员名单", "还没有会员：请先上传会员花名册，或在文本框中逐行填写");
    }
    remove(task, FIELD_MEMBER_ROWS);
    task.setVariable(VAR_MEMBER_COUNT, members);
  }

  /** Step 4 with 7 members or fewer: the enterprise joins a joint union or a union group (source 000:161). */
  public void recordJointUnionAccession(DelegateTask task) {
    FormInput form = form(task);
    String jointUnion = form.text(FIELD_JOINT_UNION_NAME, "加入的联合工会或工会小组", 200);
    form.pastDate(FIELD_ACCESSION_DATE, "加入日期");
    ledger.joinedJointUnion(Actors.enterpriseId(task), jointUnion);
    task.setVariableLocal(FIELD_ACCESSION_DATE, form.raw(FIELD_ACCESSION_DATE));
    remove(task, FIELD_JOINT_UNION_NAME, FIELD_ACCESSION_DATE);
  }

  /** Step 5: candidates, each checked by union-cadre-eligibility; required bodies must have nominees. */
  public void nominateCandidates(DelegateTask task) {
    FormInput form = form(task);
    String method = form.choice(FIELD_NOMINATION_METHOD, "候选人产生方式", "DEMOCRATIC", "RECOMMENDED");
    records.nominateCandidates(
        Actors.enterpriseId(task),
        form.text(FIELD_CANDIDATE_ROWS, "候选人名单", 20_000),
        method,
        form.flag(FIELD_FULL_TIME_CHAIR_ARRANGED, "专职工会主席或专职工作人员"),
        requiredStructures(task),
        FIELD_CANDIDATE_ROWS,
        FIELD_FULL_TIME_CHAIR_ARRANGED);
    remove(task, FIELD_CANDIDATE_ROWS, FIELD_NOMINATION_METHOD, FIELD_FULL_TIME_CHAIR_ARRANGED);
    task.setVariable(VAR_CANDIDATES_APPROVED, true);
  }

  /** Step 5: the party organisation's approval, recorded by the community clerk. */
  public void recordPartyApproval(DelegateTask task) {
    candidateDecision(task, true, VAR_PARTY_CANDIDATE_DECISION, FIELD_PARTY_CANDIDATE_REASON);
  }

  /** Step 5: the superior union's approval. */
  public void approveCandidates(DelegateTask task) {
    candidateDecision(task, false, VAR_SUPERIOR_CANDIDATE_DECISION, FIELD_SUPERIOR_CANDIDATE_REASON);
  }

  /** Step 6: the assembly and the committee meetings. */
  public void recordElection(DelegateTask task) {
    FormInput form = form(task);
    Election.AssemblyType type =
        Election.AssemblyType.valueOf(
            form.choice(FIELD_ASSEMBLY_TYPE, "大会类型", "MEMBERS_ASSEMBLY", "DELEGATES_ASSEMBLY"));
    records.recordElection(
        Actors.enterpriseId(task),
        type,
        form.pastDate(FIELD_ELECTION_DATE, "选举日期"),
        form.count(FIELD_VOTERS_PRESENT, "到会人数"),
        form.text(FIELD_ELECTED_ROWS, "当选人员", 20_000),
        requiredStructures(task),
        FIELD_VOTERS_PRESENT,
        FIELD_ELECTED_ROWS,
        Actors.userId(task));
    remove(task, FIELD_ASSEMBLY_TYPE, FIELD_ELECTION_DATE, FIELD_VOTERS_PRESENT, FIELD_ELECTED_ROWS);
  }

  /** Step 7: the superior union approves (with its 批复文号) or returns the election result. */
  public void reviewElectionResult(DelegateTask task) {
    String decision = String.valueOf(task.getVariable(VAR_ELECTION_DECISION));
    String approvalNumber = form(task).optionalText(VAR_APPROVAL_NUMBER, "批复文号", 100);
    if (DECISION_APPROVE.equals(decision) && approvalNumber == null) {
      throw new InvalidInputException(VAR_APPROVAL_NUMBER, "批复文号", "批准时必须填写批复文号");
    }
    decide(
        task,
        FoundingDecision.Subject.ELECTION_RESULT,
        VAR_ELECTION_DECISION,
        FIELD_ELECTION_DECISION_REASON,
        List.of(DECISION_APPROVE, DECISION_RETURN));
    if (!DECISION_APPROVE.equals(decision)) {
      remove(task, VAR_APPROVAL_NUMBER);
    }
  }

  /** 八有 check: unticked boxes count as "no" for union-eight-haves. */
  public void checkEightHaves(DelegateTask task) {
    FormInput form = form(task);
    for (String item : EIGHT_HAVES_INPUTS) {
      task.setVariable(item, form.flag(item, "八有"));
    }
  }

  /** Rectification of the missing 八有 items: what was done (kept in the task's history). */
  public void rectifyEightHaves(DelegateTask task) {
    String note = form(task).text(FIELD_RECTIFICATION_NOTE, "整改情况", 2000);
    remove(task, FIELD_RECTIFICATION_NOTE);
    task.setVariableLocal(FIELD_RECTIFICATION_NOTE, note);
  }

  private void candidateDecision(DelegateTask task, boolean byParty, String decisionVar, String reasonField) {
    String decision =
        decide(
            task,
            byParty ? FoundingDecision.Subject.CANDIDATES_PARTY : FoundingDecision.Subject.CANDIDATES_SUPERIOR,
            decisionVar,
            reasonField,
            List.of(DECISION_APPROVE, DECISION_RETURN));
    boolean hasParty = Boolean.TRUE.equals(task.getVariable(VAR_HAS_PARTY_ORGANISATION));
    records.recordCandidateDecision(Actors.enterpriseId(task), byParty, decision, hasParty);
    if (DECISION_RETURN.equals(decision)) {
      task.setVariable(VAR_CANDIDATES_APPROVED, false);
    }
  }

  private String decide(
      DelegateTask task, FoundingDecision.Subject subject, String decisionVar, String reasonField, List<String> allowed) {
    FormInput form = form(task);
    Object decision = task.getVariable(decisionVar);
    String recorded =
        records.recordDecision(
            Actors.enterpriseId(task),
            subject,
            decision == null ? null : decision.toString(),
            form.optionalText(reasonField, "理由", 1000),
            reasonField,
            task.getCandidates().stream().map(link -> link.getGroupId()).filter(g -> g != null).findFirst().orElse(null),
            Actors.userId(task),
            allowed);
    remove(task, reasonField);
    return recorded;
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> requiredStructures(DelegateTask task) {
    Object value = task.getVariable(VAR_REQUIRED_STRUCTURES);
    return value instanceof Collection<?> list ? (Collection<String>) list : List.of();
  }

  private static FormInput form(DelegateTask task) {
    return FormInput.of(task.getVariables());
  }

  private static void remove(DelegateTask task, String... keys) {
    task.getExecution().removeVariables(List.of(keys));
  }
}
