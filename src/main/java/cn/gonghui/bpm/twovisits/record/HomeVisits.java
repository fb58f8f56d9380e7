package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeVisits extends JpaRepository<HomeVisit, Long> {

  List<HomeVisit> findByCampaignIdOrderById(long campaignId);

  List<HomeVisit> findByCampaignIdIn(Collection<Long> campaignIds);

  boolean existsByCampaignIdAndFileIdAndIdNot(long campaignId, Long fileId, long id);
}
