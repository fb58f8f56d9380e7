package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Repository("twoVisitsCampaigns")
public interface Campaigns extends JpaRepository<Campaign, Long> {

  Optional<Campaign> findByProcessInstanceId(String processInstanceId);

  /** A union's campaigns of a school year that were not cancelled (at most one). */
  @Query("select c from TwoVisitsCampaign c where c.orgUnitCode = :unit and c.campaignYear = :year and c.status <> 'CANCELLED'")
  List<Campaign> activeOf(@Param("unit") String unitCode, @Param("year") int year);

  List<Campaign> findByOrgUnitCodeOrderByCampaignYearDescIdDesc(String orgUnitCode);

  /** The latest campaign of each of these unions (of a year, or of any year when {@code year} is null). */
  @Query(
      """
      select c from TwoVisitsCampaign c where c.orgUnitCode in :units and c.status <> 'CANCELLED'
        and (:year is null or c.campaignYear = :year)
      order by c.orgUnitCode, c.campaignYear desc, c.id desc
      """)
  List<Campaign> ofUnits(@Param("units") Collection<String> units, @Param("year") Integer year);
}
