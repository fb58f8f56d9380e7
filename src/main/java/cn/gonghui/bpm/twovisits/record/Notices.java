package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Notices extends JpaRepository<Notice, Long> {

  List<Notice> findByCampaignIdOrderById(long campaignId);
}
