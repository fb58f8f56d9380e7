package cn.gonghui.bpm.platform;

/** Process variables every process of the platform shares. */
public final class CaseVariables {

  /**
   * Code of the org unit that owns a case (e.g. the community union of the enterprise). Set when the
   * case starts; decides who may read the case ({@link CaseAuthorizationPlugin}).
   */
  public static final String ORG_UNIT_CODE = "orgUnitCode";

  private CaseVariables() {}
}
