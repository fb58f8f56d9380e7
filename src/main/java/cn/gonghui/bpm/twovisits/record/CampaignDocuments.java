package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignDocuments extends JpaRepository<CampaignDocument, Long> {

  /** The documents of a campaign without their file content. */
  @Query(
      """
      select new cn.gonghui.bpm.twovisits.record.CampaignDocuments$Listed(d.id, d.kind, d.title, d.body, d.fileName,
        d.mediaType, d.writtenOn, d.recordedAt)
      from CampaignDocument d where d.campaignId = :campaign order by d.id
      """)
  List<Listed> listed(@Param("campaign") long campaignId);

  boolean existsByCampaignIdAndKindAndFileNameIsNotNull(long campaignId, CampaignDocument.Kind kind);

  /** A document as lists show it: no file content. */
  record Listed(
      Long id, CampaignDocument.Kind kind, String title, String body, String fileName, String mediaType,
      java.time.LocalDate writtenOn, java.time.Instant recordedAt) {}
}
