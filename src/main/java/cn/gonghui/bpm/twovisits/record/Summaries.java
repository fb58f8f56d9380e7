package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Summaries extends JpaRepository<Summary, Long> {

  List<Summary> findByCampaignIdOrderById(long campaignId);
}
