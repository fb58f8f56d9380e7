package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Meetings extends JpaRepository<Meeting, Long> {

  List<Meeting> findByCampaignIdOrderById(long campaignId);
}
