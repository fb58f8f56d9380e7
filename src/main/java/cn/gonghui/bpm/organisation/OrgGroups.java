package cn.gonghui.bpm.organisation;

/**
 * Camunda group ids. One group per org unit (its code) holds the unit's clerks and is the candidate
 * group of the unit's tasks; a second group per unit holds its managers, who may read the cases of the
 * unit and of every unit below it. Role groups ({@link cn.gonghui.bpm.platform.Roles}) say what kind of work a user does.
 */
public final class OrgGroups {

  /** Group type of a unit's clerks group. */
  public static final String TYPE_ORG_UNIT = "ORG_UNIT";

  /** Group type of a unit's managers group. */
  public static final String TYPE_ORG_UNIT_MANAGERS = "ORG_UNIT_MANAGERS";

  /** Group type of a body inside the county federation. */
  public static final String TYPE_BODY = "BODY";

  private static final String MANAGERS_SUFFIX = ".managers";
  private static final String CHAIR_MEETING_SUFFIX = ".chair-meeting";
  private static final String AID_CENTRE_SUFFIX = ".aid-centre";

  private OrgGroups() {}

  /** The group of a unit's clerks: the unit's code. Tasks of the unit are offered to it. */
  public static String unitGroup(String unitCode) {
    return unitCode;
  }

  /** The group of a unit's managers. */
  public static String managersGroup(String unitCode) {
    return unitCode + MANAGERS_SUFFIX;
  }

  /** 主席会议: the chair meeting of a county federation. */
  public static String chairMeetingGroup(String countyCode) {
    return countyCode + CHAIR_MEETING_SUFFIX;
  }

  /** 职工维权帮扶中心: the rights &amp; aid centre of a county federation. */
  public static String aidCentreGroup(String countyCode) {
    return countyCode + AID_CENTRE_SUFFIX;
  }
}
