package cn.gonghui.bpm.hardship;

import java.util.Set;

/**
 * The fields of a household's file as forms and /api carry them (the 困难职工情况登记表 of a 双走访 home visit,
 * the 金秋助学 verification, POST /api/hardship-files). All of them are personal data: a process that puts them
 * in a form declares {@link #PERSONAL} as its personal-data variables.
 */
public final class HouseholdFields {

  public static final String WORKER_NAME = "workerName";
  public static final String WORKER_ID_NUMBER = "workerIdNumber";
  public static final String WORKPLACE = "workplace";
  public static final String PHONE = "phone";
  public static final String ADDRESS = "householdAddress";
  public static final String HOUSEHOLD_SIZE = "householdSize";
  public static final String MONTHLY_INCOME = "monthlyIncome";
  public static final String CAUSE = "hardshipCause";
  public static final String SUDDEN_HARDSHIP = "suddenHardship";
  public static final String ILLNESS = "illness";
  public static final String MEMBERS = "householdMembers";
  public static final String KEEPING_UNIT = "keepingUnit";

  /** Every field that describes the household: never in the engine's history. */
  public static final Set<String> PERSONAL =
      Set.of(WORKER_NAME, WORKER_ID_NUMBER, WORKPLACE, PHONE, ADDRESS, HOUSEHOLD_SIZE, MONTHLY_INCOME, CAUSE, SUDDEN_HARDSHIP, ILLNESS, MEMBERS);

  /** A family-member line of the form's text box. */
  public static final String MEMBER_LINE = "姓名,与户主关系,年龄,就业或就学情况,健康状况";

  private HouseholdFields() {}
}
