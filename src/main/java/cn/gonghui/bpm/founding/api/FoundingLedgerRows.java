package cn.gonghui.bpm.founding.api;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.founding.record.FoundingCase;
import cn.gonghui.bpm.founding.record.FoundingCaseService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Joins a page of the ledger with the enterprises' current founding cases (one query per page). */
@Component
class FoundingLedgerRows {

  private final FoundingCaseService cases;

  FoundingLedgerRows(FoundingCaseService cases) {
    this.cases = cases;
  }

  List<FoundingLedgerRow> of(List<Enterprise> enterprises) {
    Map<Long, FoundingCase> current = cases.currentOf(enterprises.stream().map(Enterprise::getId).toList());
    return enterprises.stream().map(e -> FoundingLedgerRow.of(e, current.get(e.getId()))).toList();
  }
}
