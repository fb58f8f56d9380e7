package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentChecks extends JpaRepository<EnrolmentCheck, Long> {

  List<EnrolmentCheck> findByGrantIdOrderByIdAsc(long grantId);

  List<EnrolmentCheck> findByCampaignId(long campaignId);
}
