package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Problems extends JpaRepository<Problem, Long> {

  Optional<Problem> findByProcessInstanceId(String processInstanceId);

  List<Problem> findByCampaignIdOrderById(long campaignId);

  List<Problem> findByCampaignIdInOrderById(Collection<Long> campaignIds);

  List<Problem> findByReportedToUnitOrderById(String unitCode);
}
