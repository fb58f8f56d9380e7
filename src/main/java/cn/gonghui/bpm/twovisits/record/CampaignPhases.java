package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignPhases extends JpaRepository<CampaignPhase, Long> {

  Optional<CampaignPhase> findByCampaignIdAndPhase(long campaignId, int phase);

  List<CampaignPhase> findByCampaignIdOrderByPhase(long campaignId);

  List<CampaignPhase> findByCampaignIdInOrderByCampaignIdAscPhaseAsc(Collection<Long> campaignIds);
}
