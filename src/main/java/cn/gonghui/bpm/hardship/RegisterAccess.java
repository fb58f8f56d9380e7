package cn.gonghui.bpm.hardship;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.Roles;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and keep the register's files, and the log of every access. A file kept by a unit is open to
 * the clerks of that unit and of every unit above it, and to the county federation's 职工维权帮扶中心;
 * nobody else reads it (managers see counts, not files). The system (a job, no user) may always. Every read,
 * creation, change, list, export and import is logged with the user and the path it came through.
 */
@Component
public class RegisterAccess {

  private final IdentityService identity;
  private final OrgUnitService orgUnits;
  private final RegisterAccessLog log;

  public RegisterAccess(IdentityService identity, OrgUnitService orgUnits, RegisterAccessLog log) {
    this.identity = identity;
    this.orgUnits = orgUnits;
    this.log = log;
  }

  /** The authenticated user, or null for the system. */
  String userId() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private List<String> groups() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  /** Whether the current user may read and keep the files of {@code unitCode}. */
  public boolean mayKeep(String unitCode) {
    if (userId() == null || groups().contains(Roles.ADMINISTRATORS)) {
      return true;
    }
    List<String> groups = groups();
    for (OrgUnit unit : orgUnits.selfAndAncestors(unitCode)) {
      if (groups.contains(OrgGroups.unitGroup(unit.getCode()))) {
        return true;
      }
      if (unit.getLevel() == OrgLevel.COUNTY_FEDERATION && groups.contains(OrgGroups.aidCentreGroup(unit.getCode()))) {
        return true;
      }
    }
    return false;
  }

  /** Fails with 403 unless the current user may read and keep the files of {@code unitCode}. */
  public void requireKeeper(String unitCode) {
    if (!mayKeep(unitCode)) {
      throw new AuthorizationException("困难职工档案只有建档单位及其上级工会的办事员、县总工会职工维权帮扶中心可以查阅");
    }
  }

  /** Whether the current user may export the access log: the county federation's clerks and managers, the aid centre. */
  public void requireCountyOf(String countyCode) {
    List<String> groups = groups();
    if (userId() == null
        || groups.contains(Roles.ADMINISTRATORS)
        || groups.contains(OrgGroups.unitGroup(countyCode))
        || groups.contains(OrgGroups.managersGroup(countyCode))
        || groups.contains(OrgGroups.aidCentreGroup(countyCode))) {
      return;
    }
    throw new AuthorizationException("查阅记录只有县总工会可以导出");
  }

  /**
   * Logs an access in its own transaction: the entry stays even when the surrounding request fails after
   * the data was shown (a read is a read).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void logged(Long fileId, String unitCode, RegisterAccessEntry.Action action, String via) {
    String user = userId();
    log.save(new RegisterAccessEntry(fileId, unitCode, user == null ? "system" : user, action, via));
  }
}
