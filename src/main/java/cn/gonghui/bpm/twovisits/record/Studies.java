package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Studies extends JpaRepository<Study, Long> {

  List<Study> findByCampaignIdOrderById(long campaignId);
}
