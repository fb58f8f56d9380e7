package cn.gonghui.bpm.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One process of the platform as the attack suite sees it: who starts it, what a valid start carries, the
 * variables only the system may write, and its user tasks with the fields their forms accept. The attack tests
 * ({@link WorkflowAttackTest}, {@link BadInputAttackTest}, {@link RaceAttackTest}, {@link ScopeAttackTest})
 * run every attack against every process of {@link AttackedProcesses#ALL}.
 *
 * <h2>How a new process joins</h2>
 *
 * <ol>
 *   <li>Write a {@code XxxUnderAttack} class next to {@link FoundingUnderAttack}: a method that starts a case
 *       as the system (Java API, no user authenticated) so that it stops at its first user task, and a
 *       method that returns the valid start form fields of a fresh subject.
 *   <li>The unit whose clerk starts the suite's cases must have a sibling unit whose clerk is
 *       {@code foreignStarters().get(0)}. The scope test starts a case in {@code unit} (a founding's also in
 *       {@code SFX-QS-HP}, 河畔) and expects its users among its observers.
 *   <li>Its own /api calls that write, if any, as {@link ApiTarget}s.
 *   <li>Return an {@code AttackedProcess}: the process key; the clerk who starts it for their own unit and
 *       clerks of other units (and the town above) who must not start it for that clerk's subject; the
 *       variables naming such a subject; the routing variables to forge with a forged value each; the
 *       activities a forged start would like to begin at; one {@link TaskTarget} per user task: its id,
 *       the user of the unit it is offered to, the variables the case needs there (set by the system when
 *       the suite moves the case to the task) and a valid form submission. A task whose listeners read records
 *       that only the steps before it write (an outcome, a grant) says how the system drives a case there
 *       instead (the long {@link TaskTarget} constructor).
 *   <li>If it differs, say so with the copy methods: {@link #withSystemStartOnly()} (only the system starts it),
 *       {@link #withOpenCasesPerUnit(int)} (a unit may have only so many cases open at once: the races run in
 *       rounds), {@link #withForeignStart(Function)} (no start form field names the subject); an /api call of
 *       another user or that starts a case with the long {@link ApiTarget} constructor.
 *   <li>Add it to {@link AttackedProcesses#ALL}. Nothing else: every attack then runs against it.
 * </ol>
 *
 * @param key process definition key
 * @param unit the unit of {@code starter}, where the suite's cases belong
 * @param starter the clerk who may start a case, for a subject of their own unit
 * @param foreignStarters users who must not start a case for the starter's subject (other units, the town)
 * @param validStart fresh valid start form fields for the starter (a new subject each call)
 * @param foreignSubject start variables naming a subject of the starter's unit (refused to foreign starters)
 * @param systemVariables routing and decision variables with forged values (refused in any submission)
 * @param forgedStartActivities activities a forged start would skip to (refused with start instructions)
 * @param startCase starts a case of a unit (a community for a founding) as the system, waiting in its first
 *     user task; returns the instance id
 * @param raceTask a task whose completion writes records (for the races): its target in {@link #tasks}
 * @param tasks every user task, with its worker, what the case needs there and a valid submission
 * @param apis the process's own /api calls that write
 * @param durations start variables holding an ISO 8601 duration that only administrators may set
 * @param adminStart what an administrator's start adds to the start form (e.g. the unit it is for)
 * @param systemStartOnly only the system starts this process (not startable in Tasklist): every user's start is
 *     refused with 403, and the attacks that need a user's start to succeed do not apply
 * @param openCasesPerUnit how many cases of the process one unit may have open at once (e.g. one campaign per
 *     school year): the races run in rounds of at most this many cases
 * @param foreignStart what a user of another unit sends to start a case for the starter's subject (by default
 *     {@code foreignSubject}; differs when no start form field names the subject, e.g. a campaign is the
 *     starter's own union's)
 * @param foreignStartFields optional: the fields a refused start of a foreign starter may name; null means the
 *     variables of {@code foreignSubject} (a process whose subject is the starter's unit itself, such as a county's
 *     campaign, names {@code orgUnitCode}: the starter's unit is not one that starts it). See {@link
 *     #withForeignStartFields}
 * @param races optional: how many start races with distinct new details the process allows side by side; 0 means
 *     {@link RaceAttackTest#RACES} (a process of one case per unit and year allows one at a time). See {@link
 *     #withRaces}
 */
record AttackedProcess(
    String key,
    String unit,
    String starter,
    List<String> foreignStarters,
    Function<Fixtures, Map<String, Object>> validStart,
    Function<Fixtures, Map<String, Object>> foreignSubject,
    Function<Fixtures, Map<String, Object>> systemVariables,
    List<String> forgedStartActivities,
    java.util.function.BiFunction<Fixtures, String, String> startCase,
    String raceTask,
    List<TaskTarget> tasks,
    List<ApiTarget> apis,
    List<String> durations,
    Map<String, Object> adminStart,
    boolean systemStartOnly,
    int openCasesPerUnit,
    Function<Fixtures, Map<String, Object>> foreignStart,
    List<String> foreignStartFields,
    int races) {

  /** A process as the suite first knew them: started by users, any number of open cases, no special foreign start. */
  AttackedProcess(
      String key,
      String unit,
      String starter,
      List<String> foreignStarters,
      Function<Fixtures, Map<String, Object>> validStart,
      Function<Fixtures, Map<String, Object>> foreignSubject,
      Function<Fixtures, Map<String, Object>> systemVariables,
      List<String> forgedStartActivities,
      java.util.function.BiFunction<Fixtures, String, String> startCase,
      String raceTask,
      List<TaskTarget> tasks,
      List<ApiTarget> apis,
      List<String> durations,
      Map<String, Object> adminStart) {
    this(key, unit, starter, foreignStarters, validStart, foreignSubject, systemVariables, forgedStartActivities, startCase,
        raceTask, tasks, apis, durations, adminStart, false, Integer.MAX_VALUE, foreignSubject, null, 0);
  }

  /** This process, started by the system alone. */
  AttackedProcess withSystemStartOnly() {
    return new AttackedProcess(key, unit, starter, foreignStarters, validStart, foreignSubject, systemVariables, forgedStartActivities,
        startCase, raceTask, tasks, apis, durations, adminStart, true, openCasesPerUnit, foreignStart, foreignStartFields, races);
  }

  /** This process, of which one unit has at most {@code count} cases open at once. */
  AttackedProcess withOpenCasesPerUnit(int count) {
    return new AttackedProcess(key, unit, starter, foreignStarters, validStart, foreignSubject, systemVariables, forgedStartActivities,
        startCase, raceTask, tasks, apis, durations, adminStart, systemStartOnly, count, foreignStart, foreignStartFields, races);
  }

  /** This process, whose foreign starters send {@code start} to start a case for the starter's subject. */
  AttackedProcess withForeignStart(Function<Fixtures, Map<String, Object>> start) {
    return new AttackedProcess(key, unit, starter, foreignStarters, validStart, foreignSubject, systemVariables, forgedStartActivities,
        startCase, raceTask, tasks, apis, durations, adminStart, systemStartOnly, openCasesPerUnit, start, foreignStartFields, races);
  }

  /** This process, whose foreign starters are refused naming one of {@code fields}. */
  AttackedProcess withForeignStartFields(List<String> fields) {
    return new AttackedProcess(key, unit, starter, foreignStarters, validStart, foreignSubject, systemVariables, forgedStartActivities,
        startCase, raceTask, tasks, apis, durations, adminStart, systemStartOnly, openCasesPerUnit, foreignStart, fields, races);
  }

  /** This process, of which only {@code count} starts with distinct new details can succeed side by side. */
  AttackedProcess withRaces(int count) {
    return new AttackedProcess(key, unit, starter, foreignStarters, validStart, foreignSubject, systemVariables, forgedStartActivities,
        startCase, raceTask, tasks, apis, durations, adminStart, systemStartOnly, openCasesPerUnit, foreignStart, foreignStartFields, count);
  }

  /**
   * A call of the process's own /api that writes (registers a subject, starts a case).
   *
   * @param path the POST path
   * @param validBody a fresh valid JSON body
   * @param textField a required text field of the body
   * @param numberField a whole-number field of the body (or null: the body has none)
   * @param idField a field naming a record by its numeric id (or null)
   * @param created the status of a successful call
   * @param user who calls it (null: the process's starter)
   * @param startsCase whether a successful call starts a case (then two calls with the same details start one)
   */
  record ApiTarget(
      String path,
      Function<Fixtures, Map<String, Object>> validBody,
      String textField,
      String numberField,
      String idField,
      int created,
      String user,
      boolean startsCase) {

    /** A call by the process's starter; a founding's /api starts a case, the ledger's registers a subject. */
    ApiTarget(
        String path, Function<Fixtures, Map<String, Object>> validBody, String textField, String numberField, String idField, int created) {
      this(path, validBody, textField, numberField, idField, created, null, path.contains("union-foundings"));
    }

    /** Who calls it for {@code process}. */
    String caller(AttackedProcess process) {
      return user == null ? process.starter() : user;
    }
  }

  /**
   * One user task.
   *
   * @param taskKey the activity id
   * @param worker a user of the unit (or body) the task is offered to
   * @param outsiders clerks of other units (and, for an approval, the unit whose work is approved), who must
   *     not work on it
   * @param reach variables the case needs at this task (set by the system when the suite moves it there)
   * @param validFields a valid form submission (plain values; whole numbers are sent as Long)
   * @param drive optional: how the system brings a new case of a unit to the task through the steps before it, when a
   *     case moved there with {@code reach} would lack the records its listeners read (an outcome, a grant, a
   *     payment); returns the instance id, waiting in the task. Null: {@link AttackedProcess#startCase} and {@code reach}
   */
  record TaskTarget(
      String taskKey,
      String worker,
      List<String> outsiders,
      Map<String, Object> reach,
      Map<String, Object> validFields,
      java.util.function.BiFunction<Fixtures, String, String> drive) {

    /** A task the suite's cases are moved to (with {@code reach}). */
    TaskTarget(String taskKey, String worker, List<String> outsiders, Map<String, Object> reach, Map<String, Object> validFields) {
      this(taskKey, worker, outsiders, reach, validFields, null);
    }
  }

  TaskTarget task(String taskKey) {
    return tasks.stream().filter(t -> t.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  @Override
  public String toString() {
    return key;
  }

  /** What a process's fixture may use of the running application. */
  interface Fixtures {
    org.camunda.bpm.engine.ProcessEngine engine();

    /** A fresh, valid 统一社会信用代码 never used before in this run. */
    String newCreditCode();

    /** Registers a fresh enterprise in a community's ledger as its clerk (POST /api/enterprises); its id. */
    long newEnterprise(String clerk);

    /** A bean of the running application (for a fixture that must create records the suite's cases need). */
    <T> T bean(Class<T> type);
  }
}
