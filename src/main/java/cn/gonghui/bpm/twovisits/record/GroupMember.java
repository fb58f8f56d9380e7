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

/** A member of the campaign's 领导小组 or its 办公室, with the role (000:45-47, 000:67). */
@Entity
@Table(name = "two_visits_group_member")
public class GroupMember {

  /** The roles the source names: 组长, 副组长, 委员, 办公室主任 (朱小烨 is 委员 and 办公室主任 at once). */
  public enum Role {
    LEADER("组长"),
    DEPUTY_LEADER("副组长"),
    MEMBER("委员"),
    OFFICE_DIRECTOR("办公室主任");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Role ofLabel(String label) {
      for (Role role : values()) {
        if (role.label.equals(label)) {
          return role;
        }
      }
      return null;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(nullable = false, length = 50)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Role role;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected GroupMember() {}

  GroupMember(long campaignId, String name, Role role) {
    this.campaignId = campaignId;
    this.name = name;
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public Role getRole() {
    return role;
  }
}
