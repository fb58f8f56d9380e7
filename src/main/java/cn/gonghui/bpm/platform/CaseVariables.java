package cn.gonghui.bpm.platform;

/** Process variables every process of the platform shares. */
public final class CaseVariables {

  /**
   * Code of the org unit that owns a case (e.g. the community union of the enterprise). Set when the
   * case starts; decides who may read the case ({@link CaseVisibility}).
   */
  public static final String ORG_UNIT_CODE = "orgUnitCode";

  /**
   * The owning unit's name, written with {@link #ORG_UNIT_CODE}: task cards show it (an approving unit's
   * clerks may not read the owning unit itself, so Tasklist could not look the name up for them).
   */
  public static final String ORG_UNIT_NAME = "orgUnitName";

  private CaseVariables() {}
}
