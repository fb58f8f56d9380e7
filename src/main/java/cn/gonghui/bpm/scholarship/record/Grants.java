package cn.gonghui.bpm.scholarship.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Repository("scholarshipGrants")
public interface Grants extends JpaRepository<Grant, Long> {

  Optional<Grant> findByApplicationId(long applicationId);

  /** The active grants of earlier campaigns of a county, with their applications' cases. */
  @Query(
      "select g from Grant g, ScholarshipCampaign c where g.campaignId = c.id and c.countyCode = :county and c.year < :year"
          + " and c.year >= :since and g.status = :status and g.recurrence = :recurrence order by c.year, g.rank")
  List<Grant> activeOfEarlierYears(
      @Param("county") String countyCode,
      @Param("year") int year,
      @Param("since") int since,
      @Param("status") GrantStatus status,
      @Param("recurrence") String recurrence);

  List<Grant> findByApplicationIdIn(Collection<Long> applicationIds);
}
