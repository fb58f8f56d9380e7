package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMembers extends JpaRepository<GroupMember, Long> {

  List<GroupMember> findByCampaignIdOrderById(long campaignId);
}
