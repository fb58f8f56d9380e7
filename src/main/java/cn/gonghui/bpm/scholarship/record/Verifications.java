package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Verifications extends JpaRepository<Verification, Long> {

  List<Verification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  /** How many applications of a campaign the visit found 属实. */
  @Query(
      "select count(distinct v.applicationId) from Verification v, Application a where v.applicationId = a.id"
          + " and a.campaignId = :campaign and v.verified = true")
  long verifiedIn(@Param("campaign") long campaignId);
}
