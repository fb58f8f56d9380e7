package cn.gonghui.bpm.enterprise;

/**
 * The fields of an enterprise as forms and /api carry them (the founding's start form, POST
 * /api/enterprises); every process that registers enterprises uses these names.
 */
public final class EnterpriseFields {

  public static final String ENTERPRISE_ID = "enterpriseId";
  public static final String NAME = "enterpriseName";
  public static final String CREDIT_CODE = "creditCode";
  public static final String ADDRESS = "address";
  public static final String OWNER_NAME = "ownerName";
  public static final String EMPLOYEE_COUNT = "employeeCount";
  public static final String FEMALE_EMPLOYEE_COUNT = "femaleEmployeeCount";
  public static final String HAS_PARTY_ORGANISATION = "hasPartyOrganisation";
  public static final String COMMUNITY_CODE = "communityCode";

  private EnterpriseFields() {}
}
