package cn.gonghui.bpm.platform.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRecords extends JpaRepository<ApprovalRecord, Long> {

  List<ApprovalRecord> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  List<ApprovalRecord> findByProcessInstanceIdAndReturnToAndDecisionOrderByIdAsc(
      String processInstanceId, String returnTo, Decision decision);
}
