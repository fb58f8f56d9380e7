package cn.gonghui.bpm.platform;

/**
 * The role groups: what kind of work a user does, whatever their org unit. A user's unit comes from
 * the unit groups the {@code organisation} package keeps; a role says which web apps and which kind of
 * access they get ({@link SecurityBootstrap}).
 */
public final class Roles {

  /** Camunda's built-in administrators group. */
  public static final String ADMINISTRATORS = "camunda-admin";

  /** Clerks who work on tasks in Tasklist. */
  public static final String CLERKS = "clerks";

  /** Managers who track cases in Cockpit. */
  public static final String MANAGERS = "managers";

  /** Analysts who change and deploy BPMN/DMN models. */
  public static final String ANALYSTS = "analysts";

  /** Group type of role groups. */
  public static final String TYPE_ROLE = "ROLE";

  private Roles() {}
}
