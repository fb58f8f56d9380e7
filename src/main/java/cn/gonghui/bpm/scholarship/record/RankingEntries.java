package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RankingEntries extends JpaRepository<RankingEntry, Long> {

  List<RankingEntry> findByCampaignIdAndStageAndRoundOrderByStruckAscRankAscIdAsc(long campaignId, RankingEntry.Stage stage, int round);

  @Query("select coalesce(max(r.round), 0) from RankingEntry r where r.campaignId = :campaign and r.stage = :stage")
  int lastRound(@Param("campaign") long campaignId, @Param("stage") RankingEntry.Stage stage);
}
