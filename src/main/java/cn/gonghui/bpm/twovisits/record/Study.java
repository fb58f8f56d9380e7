package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Phase 1, item 1: a document the union studied (000:63), when and with how many people. */
@Entity
@Table(name = "two_visits_study")
public class Study {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(nullable = false, length = 300)
  private String document;

  @Column(name = "studied_on", nullable = false)
  private LocalDate studiedOn;

  @Column(nullable = false)
  private int participants;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Study() {}

  Study(long campaignId, String document, LocalDate studiedOn, int participants, String recordedBy) {
    this.campaignId = campaignId;
    this.document = document;
    this.studiedOn = studiedOn;
    this.participants = participants;
    this.recordedBy = recordedBy;
  }

  public String getDocument() {
    return document;
  }

  public LocalDate getStudiedOn() {
    return studiedOn;
  }

  public int getParticipants() {
    return participants;
  }
}
