package cn.gonghui.bpm.founding.record;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.platform.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The founding cases of the enterprises: opens a case (the ledger shows 组建中), and carries each way a
 * case ends to the ledger (未建会 after a refusal, 已建会, 达标). One open case per enterprise at a time.
 */
@Service
public class FoundingCaseService {

  private final FoundingCases cases;
  private final LedgerService ledger;
  private final FoundedUnions foundedUnions;

  public FoundingCaseService(FoundingCases cases, LedgerService ledger, FoundedUnions foundedUnions) {
    this.cases = cases;
    this.ledger = ledger;
    this.foundedUnions = foundedUnions;
  }

  /** Opens the case {@code processInstanceId} for the enterprise; refused (409) if its union exists or is underway. */
  @Transactional
  public FoundingCase open(String processInstanceId, long enterpriseId, String user) {
    ledger.foundingUnderway(enterpriseId);
    return cases.saveAndFlush(new FoundingCase(processInstanceId, enterpriseId, user));
  }

  @Transactional(readOnly = true)
  public FoundingCase require(String processInstanceId) {
    return cases
        .findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("没有找到该建会事项"));
  }

  /** The enterprise a case is about. */
  @Transactional(readOnly = true)
  public Enterprise enterpriseOf(String processInstanceId) {
    return ledger.require(require(processInstanceId).getEnterpriseId());
  }

  /** The report was refused: the case ends, the enterprise is 未建会 again and may start anew. */
  @Transactional
  public void refused(String processInstanceId) {
    FoundingCase c = require(processInstanceId);
    c.outcome(FoundingCase.Outcome.REFUSED, true);
    ledger.foundingStopped(c.getEnterpriseId());
  }

  /** 7 members or fewer: the enterprise joined a joint union; the case ends. */
  @Transactional
  public void joinedJointUnion(String processInstanceId, String jointUnionName) {
    FoundingCase c = require(processInstanceId);
    c.outcome(FoundingCase.Outcome.JOINED_JOINT_UNION, true);
    ledger.joinedJointUnion(c.getEnterpriseId(), jointUnionName);
  }

  /** Step 8: the union is founded; the case goes on to the 八有 check. */
  @Transactional
  public void founded(String processInstanceId, String unionCode, String approvalNumber) {
    FoundingCase c = require(processInstanceId);
    foundedUnions.save(new FoundedUnion(processInstanceId, c.getEnterpriseId(), unionCode, approvalNumber));
    c.outcome(FoundingCase.Outcome.FOUNDED, false);
    ledger.founded(c.getEnterpriseId(), unionCode);
  }

  /** Nothing of the 八有 is missing: 规范化建设达标, the case ends. */
  @Transactional
  public void standardMet(String processInstanceId) {
    FoundingCase c = require(processInstanceId);
    foundedUnions.findById(processInstanceId).ifPresent(FoundedUnion::standardMet);
    c.outcome(FoundingCase.Outcome.STANDARD_MET, true);
    ledger.standardMet(c.getEnterpriseId());
  }

  @Transactional
  public void rectificationOverdue(String processInstanceId) {
    require(processInstanceId).rectificationOverdue();
  }

  /** Every case of an enterprise, newest first. */
  @Transactional(readOnly = true)
  public List<FoundingCase> ofEnterprise(long enterpriseId) {
    return cases.findByEnterpriseIdOrderByIdDesc(enterpriseId);
  }

  /** The open cases of a community's enterprises. */
  @Transactional(readOnly = true)
  public List<FoundingCase> openIn(String communityCode) {
    return cases.openIn(communityCode);
  }

  /** The current (latest) case of each enterprise that has one. */
  @Transactional(readOnly = true)
  public Map<Long, FoundingCase> currentOf(Collection<Long> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return Map.of();
    }
    return cases.latestOf(enterpriseIds).stream()
        .collect(Collectors.toMap(FoundingCase::getEnterpriseId, Function.identity()));
  }
}
