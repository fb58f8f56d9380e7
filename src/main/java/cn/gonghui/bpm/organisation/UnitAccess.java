package cn.gonghui.bpm.organisation;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * Who may see which part of the ledger, as on /engine-rest: administrators everything; a unit's clerks (of a
 * community, town or county) their own unit's ledger only; a unit's managers their unit and every unit below
 * it. Anything else is answered with 403.
 */
@Component
public class UnitAccess {

  private final CurrentUser currentUser;
  private final OrgUnitService orgUnits;

  public UnitAccess(CurrentUser currentUser, OrgUnitService orgUnits) {
    this.currentUser = currentUser;
    this.orgUnits = orgUnits;
  }

  public boolean isAdministrator() {
    return currentUser.isMemberOf(Roles.ADMINISTRATORS);
  }

  /** Fails with 403 unless the current user may see the unit. */
  public OrgUnit requireVisible(String unitCode) {
    OrgUnit unit = orgUnits.require(unitCode);
    if (isAdministrator() || currentUser.isMemberOf(OrgGroups.unitGroup(unitCode))) {
      return unit;
    }
    for (OrgUnit ancestor : orgUnits.selfAndAncestors(unitCode)) {
      if (currentUser.isMemberOf(OrgGroups.managersGroup(ancestor.getCode()))) {
        return unit;
      }
    }
    throw new AuthorizationException("用户无权查看组织 " + unitCode);
  }

  /**
   * The units whose ledger (and figures) the current user reads when asking for a visible unit: the unit and
   * every unit below for administrators and the managers of the unit or of a unit above; the unit alone for
   * its clerks.
   */
  public List<OrgUnit> scope(String unitCode) {
    OrgUnit unit = requireVisible(unitCode);
    return seesUnitsBelow(unitCode) ? orgUnits.supervisoryTree(unitCode) : List.of(unit);
  }

  /** Whether the current user sees the units below {@code unitCode} too (an administrator or manager above). */
  public boolean seesUnitsBelow(String unitCode) {
    if (isAdministrator()) {
      return true;
    }
    for (OrgUnit ancestor : orgUnits.selfAndAncestors(unitCode)) {
      if (currentUser.isMemberOf(OrgGroups.managersGroup(ancestor.getCode()))) {
        return true;
      }
    }
    return false;
  }

  /** Fails with 403 unless the current user is a clerk of the community (or an administrator). */
  public void requireClerkOf(String communityCode) {
    if (!isAdministrator() && !currentUser.isMemberOf(OrgGroups.unitGroup(communityCode))) {
      throw new AuthorizationException("只有该社区工会的办事员可以办理");
    }
  }
}
