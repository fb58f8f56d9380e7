package cn.gonghui.bpm.scholarship.record;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FundEntries extends JpaRepository<FundEntry, Long> {

  List<FundEntry> findByCampaignIdOrderByBookedOnAscIdAsc(long campaignId);

  @Query("select coalesce(sum(e.amount), 0) from FundEntry e where e.campaignId = :campaign and e.direction = :direction")
  BigDecimal total(@Param("campaign") long campaignId, @Param("direction") FundEntry.Direction direction);
}
