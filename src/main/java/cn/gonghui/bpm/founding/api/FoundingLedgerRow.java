package cn.gonghui.bpm.founding.api;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.enterprise.EnterpriseView;
import cn.gonghui.bpm.founding.record.FoundingCase;

/**
 * An enterprise of the ledger as the founding overview shows it: the ledger's view plus its current (latest)
 * founding case, how that case stands and whether its 八有 rectification is overdue.
 */
public record FoundingLedgerRow(
    EnterpriseView enterprise, String currentCaseId, String caseOutcome, String caseOutcomeLabel, boolean rectificationOverdue) {

  static FoundingLedgerRow of(Enterprise enterprise, FoundingCase current) {
    return new FoundingLedgerRow(
        EnterpriseView.of(enterprise),
        current == null ? null : current.getProcessInstanceId(),
        current == null ? null : current.getOutcome().name(),
        current == null ? null : current.getOutcome().label(),
        current != null && current.isRectificationOverdue());
  }
}
