package cn.gonghui.bpm.scholarship.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Applications extends JpaRepository<Application, Long> {

  Optional<Application> findByProcessInstanceId(String processInstanceId);

  List<Application> findByCampaignIdOrderBySeq(long campaignId);

  List<Application> findByCampaignIdAndStudentIdNumber(long campaignId, String studentIdNumber);

  List<Application> findByCampaignIdAndStepOrderBySeq(long campaignId, Step step);

  List<Application> findByCampaignIdAndRegisteredUnitInOrderBySeq(long campaignId, Collection<String> units);



  @Query("select coalesce(max(a.seq), 0) from Application a where a.campaignId = :campaign")
  int lastSeq(@Param("campaign") long campaignId);
}
