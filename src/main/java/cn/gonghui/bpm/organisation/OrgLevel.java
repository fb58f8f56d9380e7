package cn.gonghui.bpm.organisation;

/** The levels of the union hierarchy, top to bottom. */
public enum OrgLevel {
  COUNTY_FEDERATION("县总工会"),
  TOWN_UNION("乡镇工会"),
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
    return parent != null && parent.ordinal() == ordinal() - 1;
  }
}
