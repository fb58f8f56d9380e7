package cn.gonghui.bpm.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A case about to start: its process key, the variables it starts with and who starts it. {@code system}
 * is true when no user is authenticated (timers, start-up, jobs) or the user is an administrator.
 */
public record CaseStart(
    String processKey,
    Map<String, Object> variables,
    String userId,
    List<String> groupIds,
    List<String> tenantIds,
    boolean system) {

  /**
   * The units the starter works for as a clerk (or member of a body): their groups that are tenants. A
   * manager's tenants (the units below) are not among their groups, so they do not count.
   */
  public List<String> ownUnits() {
    return groupIds.stream().filter(tenantIds::contains).distinct().toList();
  }

  /** Whether a user's start may be for {@code unitCode}: the system may start for any unit. */
  public boolean mayStartFor(String unitCode) {
    return system || ownUnits().contains(unitCode);
  }

  /**
   * The unit a case belongs to when only some units may own it (e.g. a county federation): for a system start the
   * unit it names in {@link CaseVariables#ORG_UNIT_CODE} (refused with {@code systemRefusal} unless {@code eligible});
   * for a user's the one eligible unit they work for (refused with {@code userRefusal} when none, or several).
   */
  public String eligibleUnit(Predicate<String> eligible, String systemRefusal, String userRefusal) {
    if (system) {
      String unit = text(CaseVariables.ORG_UNIT_CODE);
      if (unit == null || !eligible.test(unit)) {
        throw new InvalidInputException(CaseVariables.ORG_UNIT_CODE, "所属单位", systemRefusal);
      }
      return unit;
    }
    List<String> own = ownUnits().stream().filter(eligible).toList();
    if (own.size() != 1) {
      throw new UnitAccessDeniedException(CaseVariables.ORG_UNIT_CODE, userRefusal);
    }
    return own.get(0);
  }

  /** A start variable as text, trimmed; null when missing or blank. */
  public String text(String name) {
    Object value = variables.get(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }
}
