package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LateWorks extends JpaRepository<LateWork, Long> {

  List<LateWork> findByCampaignIdOrderByIdAsc(long campaignId);

  boolean existsByCampaignIdAndKindAndSubject(long campaignId, LateKind kind, String subject);
}
