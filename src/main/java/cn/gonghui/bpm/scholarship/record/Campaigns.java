package cn.gonghui.bpm.scholarship.record;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Repository("scholarshipCampaigns")
public interface Campaigns extends JpaRepository<Campaign, Long> {

  Optional<Campaign> findByProcessInstanceId(String processInstanceId);


  boolean existsByCountyCodeAndYear(String countyCode, int year);

  List<Campaign> findByCountyCodeOrderByYearDesc(String countyCode);

  /** The campaign, locked until the transaction ends: numbering applications and checking funds happen one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ScholarshipCampaign c where c.id = :id")
  Optional<Campaign> lock(@Param("id") long id);
}
