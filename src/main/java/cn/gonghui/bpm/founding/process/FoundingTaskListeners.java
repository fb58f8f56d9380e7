package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.*;

import cn.gonghui.bpm.founding.record.Election;
import cn.gonghui.bpm.founding.record.FoundingCaseService;
import cn.gonghui.bpm.founding.record.FoundingRecordService;
import cn.gonghui.bpm.founding.record.PreparatoryGroup;
import cn.gonghui.bpm.founding.record.ReviewSummaries;
import cn.gonghui.bpm.platform.approval.Decision;
import cn.gonghui.bpm.platform.input.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The {@code complete} listeners of the founding's user tasks, one method per task (BPMN:
 * {@code ${foundingTaskListeners.recordPublicity(task)}}). Each maps its form's fields into a service call
 * (the service checks them; a bad value throws and the task stays open) and the service's answer into a
 * routing flag. Approval tasks are recorded by the platform's {@code approvalListener}; personal fields are
 * removed from the case by the platform after the task.
 */
@Component("foundingTaskListeners")
public class FoundingTaskListeners {

  private final FoundingRecordService records;
  private final FoundingCaseService cases;
  private final ReviewSummaries summaries;

  public FoundingTaskListeners(FoundingRecordService records, FoundingCaseService cases, ReviewSummaries summaries) {
    this.records = records;
    this.cases = cases;
    this.summaries = summaries;
  }

  // ---- what approvers see (create listeners of the approval tasks) -------------------------------

  /** 审核建会报告 shows the report and the preparatory group. */
  public void showReport(DelegateTask task) {
    task.setVariableLocal(VAR_REVIEW_ITEMS, summaries.report(task.getProcessInstanceId()));
  }

  /** 审批候选人 and 记录党组织审批意见 show the candidates. */
  public void showCandidates(DelegateTask task) {
    task.setVariableLocal(VAR_REVIEW_ITEMS, summaries.candidates(task.getProcessInstanceId()));
  }

  /** 审批选举结果 shows the election and the elected. */
  public void showElection(DelegateTask task) {
    task.setVariableLocal(VAR_REVIEW_ITEMS, summaries.election(task.getProcessInstanceId()));
  }

  // ---- complete listeners --------------------------------------------------------------------------

  /** Step 1 with a party organisation: the party organisation's nomination of the preparatory group. */
  public void recordPartyNomination(DelegateTask task) {
    FormInput form = form(task);
    records.recordPreparatoryGroup(
        task.getProcessInstanceId(),
        PreparatoryGroup.Route.PARTY_NOMINATION,
        form.text(FIELD_PARTY_ORGANISATION_NAME, "党组织名称", 200),
        form.pastDate(FIELD_NOMINATION_DATE, "提名日期"),
        form.text(FIELD_PREPARATORY_MEMBERS, "筹备组成员", 4000),
        FIELD_PREPARATORY_MEMBERS,
        Actors.userId(task));
  }

  /** Step 1 without a party organisation: the members agreed by superior union, workers and enterprise. */
  public void agreePreparatoryGroup(DelegateTask task) {
    FormInput form = form(task);
    records.recordPreparatoryGroup(
        task.getProcessInstanceId(),
        PreparatoryGroup.Route.CONSULTATION,
        null,
        form.pastDate(FIELD_CONSULTATION_DATE, "协商日期"),
        form.text(FIELD_PREPARATORY_MEMBERS, "筹备组成员", 4000),
        FIELD_PREPARATORY_MEMBERS,
        Actors.userId(task));
  }

  /** Step 2: the preparatory group's founding report. */
  public void submitFoundingReport(DelegateTask task) {
    FormInput form = form(task);
    records.submitReport(
        task.getProcessInstanceId(),
        form.pastDate(FIELD_REPORT_DATE, "报告日期"),
        form.text(FIELD_REPORT_SUMMARY, "建会报告内容", 2000),
        Actors.userId(task));
  }

  /** Step 3: publicity among the employees. */
  public void recordPublicity(DelegateTask task) {
    FormInput form = form(task);
    records.recordPublicity(
        task.getProcessInstanceId(),
        form.pastDate(FIELD_PUBLICITY_DATE, "宣传日期"),
        form.text(FIELD_PUBLICITY_MEANS, "宣传方式和内容", 1000),
        form.count(FIELD_EMPLOYEES_REACHED, "覆盖职工人数"),
        FIELD_EMPLOYEES_REACHED,
        Actors.userId(task));
  }

  /**
   * Step 4: the member roster, uploaded through /api beforehand or typed into the form (which replaces
   * an upload). The member count then drives {@code union-organisation-form}.
   */
  public void registerMembers(DelegateTask task) {
    String rows = form(task).optionalText(FIELD_MEMBER_ROWS, "会员名单", 400_000);
    task.setVariable(VAR_MEMBER_COUNT, records.registerMembers(task.getProcessInstanceId(), rows, FIELD_MEMBER_ROWS));
  }

  /** Step 4 with 7 members or fewer: the enterprise joins a joint union or a union group (source 000:161). */
  public void recordJointUnionAccession(DelegateTask task) {
    FormInput form = form(task);
    String jointUnion = form.text(FIELD_JOINT_UNION_NAME, "加入的联合工会或工会小组", 200);
    form.pastDate(FIELD_ACCESSION_DATE, "加入日期");
    cases.joinedJointUnion(task.getProcessInstanceId(), jointUnion);
  }

  /** Step 5: candidates, each checked by union-cadre-eligibility; required bodies must have nominees. */
  public void nominateCandidates(DelegateTask task) {
    FormInput form = form(task);
    records.nominateCandidates(
        task.getProcessInstanceId(),
        form.text(FIELD_CANDIDATE_ROWS, "候选人名单", 20_000),
        form.choice(FIELD_NOMINATION_METHOD, "候选人产生方式", "DEMOCRATIC", "RECOMMENDED"),
        form.flag(FIELD_FULL_TIME_CHAIR_ARRANGED, "专职工会主席或专职工作人员"),
        FoundingRecordService.strings(task.getVariable(VAR_REQUIRED_STRUCTURES)),
        FIELD_CANDIDATE_ROWS,
        FIELD_FULL_TIME_CHAIR_ARRANGED);
    task.setVariable(VAR_CANDIDATES_APPROVED, true);
  }

  /** Step 5: the party organisation's approval (recorded by the approval listener before this one). */
  public void recordPartyApproval(DelegateTask task) {
    candidateDecision(task, true, VAR_PARTY_CANDIDATE_DECISION);
  }

  /** Step 5: the superior union's approval (recorded by the approval listener before this one). */
  public void approveCandidates(DelegateTask task) {
    candidateDecision(task, false, VAR_SUPERIOR_CANDIDATE_DECISION);
  }

  private void candidateDecision(DelegateTask task, boolean byParty, String decisionVariable) {
    boolean approved =
        records.recordCandidateDecision(
            task.getProcessInstanceId(),
            byParty,
            Decision.valueOf((String) task.getVariable(decisionVariable)),
            Boolean.TRUE.equals(task.getVariable(VAR_HAS_PARTY_ORGANISATION)));
    if (!approved) {
      task.setVariable(VAR_CANDIDATES_APPROVED, false);
    }
  }

  /** Step 6: the assembly and the committee meetings. */
  public void recordElection(DelegateTask task) {
    FormInput form = form(task);
    records.recordElection(
        task.getProcessInstanceId(),
        Election.AssemblyType.valueOf(form.choice(FIELD_ASSEMBLY_TYPE, "大会类型", "MEMBERS_ASSEMBLY", "DELEGATES_ASSEMBLY")),
        form.pastDate(FIELD_ELECTION_DATE, "选举日期"),
        form.count(FIELD_VOTERS_PRESENT, "到会人数"),
        form.text(FIELD_ELECTED_ROWS, "当选人员", 20_000),
        FoundingRecordService.strings(task.getVariable(VAR_REQUIRED_STRUCTURES)),
        FIELD_VOTERS_PRESENT,
        FIELD_ELECTED_ROWS,
        Actors.userId(task));
  }

  /** Step 7: an approval needs the superior union's 批复文号 (recorded at step 8); a return drops it. */
  public void reviewElectionResult(DelegateTask task) {
    String number =
        records.approvalNumber(
            Decision.valueOf((String) task.getVariable(VAR_ELECTION_DECISION)),
            form(task).optionalText(VAR_APPROVAL_NUMBER, "批复文号", 100),
            VAR_APPROVAL_NUMBER);
    if (number == null) {
      task.getExecution().removeVariable(VAR_APPROVAL_NUMBER);
    } else {
      task.setVariable(VAR_APPROVAL_NUMBER, number);
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
    form(task).text(FIELD_RECTIFICATION_NOTE, "整改情况", 2000);
  }

  private static FormInput form(DelegateTask task) {
    return FormInput.of(task.getVariables());
  }

}
