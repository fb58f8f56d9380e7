package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyReports extends JpaRepository<SurveyReport, Long> {

  List<SurveyReport> findByCampaignIdOrderByUnitCode(long campaignId);

  boolean existsByCampaignIdAndUnitCode(long campaignId, String unitCode);
}
