package cn.gonghui.bpm.platform.approval;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.TextHygiene;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks and records approvers' decisions; lists a case's decisions. */
@Service
public class ApprovalService {

  /** The longest reason an approver may write. */
  public static final int MAX_REASON = 1000;

  private final ApprovalRecords records;

  public ApprovalService(ApprovalRecords records) {
    this.records = records;
  }

  /** What an approval task decides: where its decision and reason are, what it is about, what it allows. */
  public record Approval(
      String processInstanceId,
      String processKey,
      String taskId,
      String taskKey,
      String returnTo,
      String subject,
      String decisionField,
      String reasonField,
      Set<Decision> allowed,
      String unitCode,
      String decidedBy) {}

  /**
   * Checks the decision and its reason and records them. A return or refusal needs a reason. Throws
   * {@link InvalidInputException} naming the form field before anything is written.
   */
  @Transactional
  public Decision record(Approval approval, Object submittedDecision, Object submittedReason) {
    Decision decision =
        Decision.parse(submittedDecision)
            .filter(approval.allowed()::contains)
            .orElseThrow(
                () -> new InvalidInputException(approval.decisionField(), approval.subject() + "审批结果", "请选择审批结果"));
    String reason = reason(approval, decision, submittedReason);
    records.save(
        new ApprovalRecord(
            approval.processInstanceId(),
            approval.processKey(),
            approval.taskId(),
            approval.taskKey(),
            approval.returnTo(),
            approval.subject(),
            decision,
            reason,
            approval.unitCode(),
            approval.decidedBy()));
    return decision;
  }

  private static String reason(Approval approval, Decision decision, Object submitted) {
    String label = decision == Decision.REFUSE ? "不予批准的理由" : decision == Decision.RETURN ? "退回的理由" : "审批意见";
    if (submitted != null && !(submitted instanceof CharSequence)) {
      throw new InvalidInputException(approval.reasonField(), label, "应为文本");
    }
    String text = submitted == null ? null : submitted.toString().trim();
    if (text != null && text.isEmpty()) {
      text = null;
    }
    String problem = TextHygiene.problem(text, true);
    if (problem != null) {
      throw new InvalidInputException(approval.reasonField(), label, problem);
    }
    if (decision.needsReason() && text == null) {
      throw new InvalidInputException(approval.reasonField(), label, "不能为空，请写明理由");
    }
    if (text != null && text.length() > MAX_REASON) {
      throw new InvalidInputException(approval.reasonField(), label, "不能超过" + MAX_REASON + "个字");
    }
    return text;
  }

  /** The returns to a task of the case decided after {@code since} (or all, when null), oldest first. */
  @Transactional(readOnly = true)
  public List<ApprovalRecord> returnsTo(String processInstanceId, String taskKey, java.time.Instant since) {
    return records.findByProcessInstanceIdAndReturnToAndDecisionOrderByIdAsc(processInstanceId, taskKey, Decision.RETURN).stream()
        .filter(r -> since == null || r.getDecidedAt().isAfter(since))
        .toList();
  }

  /** Every decision taken in a case, oldest first. */
  @Transactional(readOnly = true)
  public List<ApprovalRecord> ofCase(String processInstanceId) {
    return records.findByProcessInstanceIdOrderByIdAsc(processInstanceId);
  }
}
