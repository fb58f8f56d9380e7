package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentVisits extends JpaRepository<DepartmentVisit, Long> {

  List<DepartmentVisit> findByCampaignIdOrderById(long campaignId);

  List<DepartmentVisit> findByCampaignIdIn(Collection<Long> campaignIds);
}
