package cn.gonghui.bpm.scholarship.record;

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

/** The aid centre's check of a Tier A student's 在读证明 before a later campaign pays again. */
@Entity
@Table(name = "scholarship_enrolment_check")
public class EnrolmentCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "grant_id", nullable = false)
  private long grantId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnrolmentStatus status;

  @Column(name = "certificate_checked", nullable = false)
  private boolean certificateChecked;

  @Column(length = 500)
  private String reason;

  @Column(name = "checked_on", nullable = false)
  private LocalDate checkedOn;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt = Instant.now();

  protected EnrolmentCheck() {}

  EnrolmentCheck(Grant grant, String processInstanceId, long campaignId, EnrolmentStatus status, boolean certificateChecked,
      String reason, LocalDate checkedOn, String by) {
    this.grantId = grant.getId();
    this.processInstanceId = processInstanceId;
    this.campaignId = campaignId;
    this.status = status;
    this.certificateChecked = certificateChecked;
    this.reason = reason;
    this.checkedOn = checkedOn;
    this.checkedBy = by;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }
}
