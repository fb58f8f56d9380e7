package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitRepository;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.CurrentUser;
import cn.gonghui.bpm.platform.Roles;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of 金秋助学: a campaign belongs to a county federation; applications are registered by its
 * 职工维权帮扶中心 or by a grassroots union of the county; the county's clerks, managers (and the managers above),
 * its aid centre and its chair meeting read the campaign's figures; a grassroots union sees its own applications.
 */
@Component
public class ScholarshipUnits {

  private final OrgUnitService orgUnits;
  private final OrgUnitRepository units;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  public ScholarshipUnits(OrgUnitService orgUnits, OrgUnitRepository units, IdentityService identity, CurrentUser currentUser) {
    this.orgUnits = orgUnits;
    this.units = units;
    this.identity = identity;
    this.currentUser = currentUser;
  }

  /** The county federation whose aid centre is {@code group}, if it is one. */
  public Optional<String> countyOfAidCentre(String group) {
    int dot = group == null ? -1 : group.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String county = group.substring(0, dot);
    return orgUnits
        .find(county)
        .filter(unit -> unit.getLevel() == OrgLevel.COUNTY_FEDERATION)
        .filter(unit -> OrgGroups.aidCentreGroup(unit.getCode()).equals(group))
        .map(OrgUnit::getCode);
  }

  /** Whether {@code unit} may register applications: a county's aid centre or a grassroots union. */
  public boolean registers(String unit) {
    return countyOfAidCentre(unit).isPresent()
        || orgUnits.find(unit).map(u -> u.getLevel() == OrgLevel.GRASSROOTS_UNION).orElse(false);
  }

  /** The county federation of a unit (or of an aid centre). */
  public String countyOf(String unit) {
    return countyOfAidCentre(unit).orElseGet(() -> orgUnits.findUnitAtOrAbove(unit, OrgLevel.COUNTY_FEDERATION).getCode());
  }

  /** Whether {@code unit} is a county federation. */
  public boolean isCounty(String unit) {
    return orgUnits.find(unit).map(u -> u.getLevel() == OrgLevel.COUNTY_FEDERATION).orElse(false);
  }

  /** The keeping unit of a household's file: the grassroots union that registered, or the county for its aid centre. */
  public String keepingUnitOf(String registeredUnit) {
    return countyOfAidCentre(registeredUnit).orElse(registeredUnit);
  }

  /** Every active grassroots union of the county, under its communities and its industry unions. */
  @Transactional(readOnly = true)
  public List<String> grassrootsUnionsOf(String county) {
    return orgUnits.grassrootsBelow(county).stream().map(OrgUnit::getCode).toList();
  }

  /** Every active county federation (each runs its own campaign). */
  @Transactional(readOnly = true)
  public List<String> counties() {
    return units.findAll().stream()
        .filter(OrgUnit::isActive)
        .filter(u -> u.getLevel() == OrgLevel.COUNTY_FEDERATION)
        .map(OrgUnit::getCode)
        .sorted()
        .toList();
  }

  /** The unit's or body's name (示范县总工会 职工维权帮扶中心), or its code. */
  public String nameOf(String unitOrGroup) {
    Optional<OrgUnit> unit = orgUnits.find(unitOrGroup);
    if (unit.isPresent()) {
      return unit.get().getName();
    }
    Group group = unitOrGroup == null ? null : identity.createGroupQuery().groupId(unitOrGroup).singleResult();
    return group == null || group.getName() == null ? String.valueOf(unitOrGroup) : group.getName();
  }

  /** Whether the current user reads a county's campaigns whole (figures, lists, exports). */
  public boolean readsCounty(String county) {
    if (currentUser.isMemberOf(Roles.ADMINISTRATORS)
        || currentUser.isMemberOf(OrgGroups.unitGroup(county))
        || currentUser.isMemberOf(OrgGroups.aidCentreGroup(county))
        || currentUser.isMemberOf(OrgGroups.chairMeetingGroup(county))) {
      return true;
    }
    return orgUnits.selfAndAncestors(county).stream().anyMatch(u -> currentUser.isMemberOf(OrgGroups.managersGroup(u.getCode())));
  }

  /** Fails with 403 unless the current user reads the county's campaigns. */
  public void requireCountyReader(String county) {
    if (!readsCounty(county)) {
      throw new AuthorizationException("金秋助学的统计和名单只有县总工会的办事员、管理人员、职工维权帮扶中心和主席会议可以查看");
    }
  }

  /** The grassroots unions the current user is a clerk of (they see the applications they registered). */
  public List<String> ownRegisteringUnits() {
    return currentUser.groupIds().stream().filter(this::registers).toList();
  }
}
