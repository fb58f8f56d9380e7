package cn.gonghui.bpm.organisation;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * Who may see which part of the ledger: administrators everything; a unit's clerks their own unit; a
 * unit's managers their unit and every unit below it. Anything else is answered with 403.
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

  /** Fails with 403 unless the current user is a clerk of the community (or an administrator). */
  public void requireClerkOf(String communityCode) {
    if (!isAdministrator() && !currentUser.isMemberOf(OrgGroups.unitGroup(communityCode))) {
      throw new AuthorizationException("只有该社区工会的办事员可以办理");
    }
  }
}
