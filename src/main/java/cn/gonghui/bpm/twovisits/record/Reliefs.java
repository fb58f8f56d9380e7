package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Reliefs extends JpaRepository<Relief, Long> {

  List<Relief> findByCampaignIdOrderById(long campaignId);

  List<Relief> findByCampaignIdIn(Collection<Long> campaignIds);

  boolean existsByCampaignIdAndFileId(long campaignId, Long fileId);

  boolean existsByCampaignIdAndRetireeIdNumber(long campaignId, String retireeIdNumber);
}
