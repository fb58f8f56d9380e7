package cn.gonghui.bpm.twovisits.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import cn.gonghui.bpm.organisation.OrgUnit;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

  /**
   * Locks the union's row until the transaction ends: two starts of a campaign of one union (Tasklist, /api, a
   * superior's launch) wait for each other, so the second sees the first's campaign of that school year.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select u from OrgUnit u where u.code = :code")
  Optional<OrgUnit> lockUnion(@Param("code") String unitCode);

  /** The latest campaign of each of these unions (of a year, or of any year when {@code year} is null). */
  @Query(
      """
      select c from TwoVisitsCampaign c where c.orgUnitCode in :units and c.status <> 'CANCELLED'
        and (:year is null or c.campaignYear = :year)
      order by c.orgUnitCode, c.campaignYear desc, c.id desc
      """)
  List<Campaign> ofUnits(@Param("units") Collection<String> units, @Param("year") Integer year);
}
