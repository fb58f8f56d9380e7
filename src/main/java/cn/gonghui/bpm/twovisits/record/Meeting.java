package cn.gonghui.bpm.twovisits.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting of the campaign: the leading group's meeting on the measures (phase 1, 000:71) or the 职代会 that ends
 * the campaign (phase 4, 000:101) with its delegates and resolutions.
 */
@Entity
@Table(name = "two_visits_meeting")
public class Meeting {

  /** Which meeting. */
  public enum Kind {
    LEADING_GROUP("领导小组会议"),
    CONGRESS("职代会");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kind kind;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  /** Members present (leading group) or delegates present (职代会). */
  @Column(nullable = false)
  private int attendees;

  @Column(name = "delegates_total")
  private Integer delegatesTotal;

  /** The measures agreed (leading group) or the resolutions (职代会), one a line. */
  @Column(nullable = false, length = 4000)
  private String outcome;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected Meeting() {}

  Meeting(long campaignId, Kind kind, LocalDate heldOn, int attendees, Integer delegatesTotal, String outcome, String user) {
    this.campaignId = campaignId;
    this.kind = kind;
    this.heldOn = heldOn;
    this.attendees = attendees;
    this.delegatesTotal = delegatesTotal;
    this.outcome = outcome;
    this.recordedBy = user;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getAttendees() {
    return attendees;
  }

  public Integer getDelegatesTotal() {
    return delegatesTotal;
  }

  public String getOutcome() {
    return outcome;
  }
}
