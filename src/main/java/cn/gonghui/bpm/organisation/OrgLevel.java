package cn.gonghui.bpm.organisation;

/**
 * The levels of the union hierarchy, top to bottom: the territorial line 县总工会 → 乡镇工会 → 社区工会 → 基层工会
 * of the contract, and beside the towns the county's industry or system unions (产业（系统）工会, e.g. 县教育工会,
 * 000:57 "按县教育工会安排"), to which the grassroots unions of their sector (schools) belong directly.
 */
public enum OrgLevel {
  COUNTY_FEDERATION("县总工会"),
  TOWN_UNION("乡镇工会"),
  INDUSTRY_UNION("产业（系统）工会"),
  COMMUNITY_UNION("社区工会"),
  GRASSROOTS_UNION("基层工会");

  private final String label;

  OrgLevel(String label) {
    this.label = label;
  }

  /** Chinese name of the level. */
  public String label() {
    return label;
  }

  /** Whether a unit of this level may sit directly under a unit of {@code parent}'s level. */
  public boolean mayBeChildOf(OrgLevel parent) {
    if (parent == null) {
      return false;
    }
    return switch (this) {
      case COUNTY_FEDERATION -> false;
      case TOWN_UNION, INDUSTRY_UNION -> parent == COUNTY_FEDERATION;
      case COMMUNITY_UNION -> parent == TOWN_UNION;
      case GRASSROOTS_UNION -> parent == COMMUNITY_UNION || parent == INDUSTRY_UNION;
    };
  }
}
