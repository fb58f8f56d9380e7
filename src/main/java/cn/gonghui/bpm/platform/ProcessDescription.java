package cn.gonghui.bpm.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a process tells the platform about itself: one Spring bean per process package, naming the
 * process keys it describes. The platform reads these declarations instead of knowing any process:
 *
 * <ul>
 *   <li>{@link #personalDataVariables()}: form fields holding personal data (names, 居民身份证号码, incomes
 *       …); the engine never writes them to its history ({@link PersonalDataHistoryFilter}).
 *   <li>{@link #systemVariables()}: variables only the system writes (units, ids, levels, DMN results,
 *       durations, flags). No start, task form or REST call of a non-administrator may set them, even if a
 *       form declared such a key.
 *   <li>{@link #startInputs()}: variables a start may carry besides the start form's fields (e.g. the id
 *       of a ledger row the case is about).
 *   <li>{@link #taskCardVariables()}: variables shown on Tasklist's task cards when a case has them.
 *   <li>{@link #owningUnit(CaseStart)}: the org unit a new case belongs to; it decides who sees the case
 *       ({@link CaseVisibility}).
 * </ul>
 */
public interface ProcessDescription {

  /** A variable shown on task cards, with its Chinese label. */
  record TaskCardVariable(String name, String label) {}

  /** The process definition keys this description covers. */
  Set<String> processKeys();

  default Set<String> personalDataVariables() {
    return Set.of();
  }

  default Set<String> systemVariables() {
    return Set.of();
  }

  default Set<String> startInputs() {
    return Set.of();
  }

  default List<TaskCardVariable> taskCardVariables() {
    return List.of();
  }

  /**
   * Variables that only copy data kept elsewhere (the ledger, the org tree) so that task cards and forms can
   * show it, e.g. the enterprise's name: they have no history ({@link PersonalDataHistoryFilter}); the unit's
   * name ({@link CaseVariables#ORG_UNIT_NAME}) is one in every process.
   */
  default Set<String> displayCopies() {
    return Set.of();
  }

  /**
   * The code of the org unit a new case belongs to, e.g. the community union of the enterprise it is about.
   * Checks the start's subject (the enterprise exists, …) and throws {@link InvalidInputException} naming the
   * field when it cannot tell. Null means: the default rule — the unit a system start names in
   * {@link CaseVariables#ORG_UNIT_CODE}, or the only unit a user's start can be for. The platform then refuses a
   * user's start for a unit that is not theirs.
   */
  default String owningUnit(CaseStart start) {
    return null;
  }

  /** Convenience for implementations: an ordered list of card variables from name/label pairs. */
  static List<TaskCardVariable> cards(Map<String, String> nameToLabel) {
    return nameToLabel.entrySet().stream().map(e -> new TaskCardVariable(e.getKey(), e.getValue())).toList();
  }
}
