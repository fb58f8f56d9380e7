package cn.gonghui.bpm.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers questions about the org-unit tree and keeps each unit's Camunda groups in step with it. */
@Service
public class OrgUnitService {

  private static final int MAX_DEPTH = OrgLevel.values().length;

  private final OrgUnitRepository units;
  private final IdentityService identityService;

  public OrgUnitService(OrgUnitRepository units, IdentityService identityService) {
    this.units = units;
    this.identityService = identityService;
  }

  @Transactional(readOnly = true)
  public Optional<OrgUnit> find(String code) {
    return code == null ? Optional.empty() : units.findById(code).filter(OrgUnit::isActive);
  }

  /** The unit with this code; fails with a clear message when there is none. */
  @Transactional(readOnly = true)
  public OrgUnit require(String code) {
    return find(code).orElseThrow(() -> new UnknownOrgUnitException(code));
  }

  /** The unit itself followed by its parent, grandparent, … up to the county federation. */
  @Transactional(readOnly = true)
  public List<OrgUnit> selfAndAncestors(String code) {
    List<OrgUnit> path = new ArrayList<>();
    OrgUnit current = require(code);
    while (current != null && path.size() <= MAX_DEPTH) {
      path.add(current);
      current = current.getParentCode() == null ? null : units.findById(current.getParentCode()).orElse(null);
    }
    return path;
  }

  /**
   * Routing: the unit of {@code level} at or above the unit {@code code} (the unit itself when it has
   * that level). An enterprise in 东街社区 with approving level TOWN_UNION is answered with its town union.
   */
  @Transactional(readOnly = true)
  public OrgUnit findUnitAtOrAbove(String code, OrgLevel level) {
    return selfAndAncestors(code).stream()
        .filter(unit -> unit.getLevel() == level)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "组织机构 " + code + " 之上没有" + level.label() + "，请检查组织机构数据"));
  }

  /** The levels above the grassroots unions. */
  private static final List<OrgLevel> SUPERVISORY_LEVELS =
      List.of(OrgLevel.COUNTY_FEDERATION, OrgLevel.TOWN_UNION, OrgLevel.INDUSTRY_UNION, OrgLevel.COMMUNITY_UNION);

  /** The levels whose children belong to the supervisory tree (a community's unions do not). */
  private static final List<OrgLevel> EXPANDED_LEVELS =
      List.of(OrgLevel.COUNTY_FEDERATION, OrgLevel.TOWN_UNION, OrgLevel.INDUSTRY_UNION);

  /** Parameters per IN list of a query for the children of many units. */
  private static final int IN_LIST = 1000;

  /**
   * The unit and every town, industry and community union below it, and the grassroots unions of the
   * industry unions (a county's schools), but not the grassroots unions under the communities (there may be
   * one per enterprise). Breadth first, children by code. One query per level of the tree (two or three for a
   * county), each for the children of the whole level, so neither the number of units in the tree nor the
   * units of other counties in the database add queries or rows: a county manager's overview once walked a
   * thousand communities one query each, and then read every supervisory unit of the database.
   */
  @Transactional(readOnly = true)
  public List<OrgUnit> supervisoryTree(String code) {
    OrgUnit root = require(code);
    if (root.getLevel() == OrgLevel.GRASSROOTS_UNION || root.getLevel() == OrgLevel.COMMUNITY_UNION) {
      return List.of(root);
    }
    List<OrgUnit> result = new ArrayList<>(List.of(root));
    List<OrgUnit> level = List.of(root);
    for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
      List<OrgUnit> parents = level.stream().filter(unit -> EXPANDED_LEVELS.contains(unit.getLevel())).toList();
      Map<String, List<OrgUnit>> children = childrenByParent(childrenOf(parents.stream().map(OrgUnit::getCode).toList()));
      List<OrgUnit> next = new ArrayList<>();
      for (OrgUnit parent : parents) {
        for (OrgUnit child : children.getOrDefault(parent.getCode(), List.of())) {
          if (SUPERVISORY_LEVELS.contains(child.getLevel())
              || (parent.getLevel() == OrgLevel.INDUSTRY_UNION && child.getLevel() == OrgLevel.GRASSROOTS_UNION)) {
            next.add(child);
          }
        }
      }
      result.addAll(next);
      level = next;
    }
    return result;
  }

  /**
   * Every active grassroots union at or below a unit: the unit itself when it is one, the schools of its
   * industry unions and the unions under its communities, in the order of {@link #supervisoryTree} (a
   * community's unions by code). The queries of {@link #supervisoryTree} and one more, whatever the size of the tree.
   */
  @Transactional(readOnly = true)
  public List<OrgUnit> grassrootsBelow(String code) {
    OrgUnit root = require(code);
    if (root.getLevel() == OrgLevel.GRASSROOTS_UNION) {
      return List.of(root);
    }
    List<OrgUnit> tree = supervisoryTree(code);
    List<String> communities =
        tree.stream().filter(u -> u.getLevel() == OrgLevel.COMMUNITY_UNION).map(OrgUnit::getCode).toList();
    Map<String, List<OrgUnit>> underCommunities = childrenByParent(childrenOf(communities));
    List<OrgUnit> found = new ArrayList<>();
    for (OrgUnit unit : tree) {
      if (unit.getLevel() == OrgLevel.GRASSROOTS_UNION) {
        found.add(unit); // a school of an industry union: the tree holds it already
      } else if (unit.getLevel() == OrgLevel.COMMUNITY_UNION) {
        underCommunities.getOrDefault(unit.getCode(), List.of()).stream()
            .filter(u -> u.getLevel() == OrgLevel.GRASSROOTS_UNION)
            .forEach(found::add);
      }
    }
    return found;
  }

  private List<OrgUnit> childrenOf(List<String> parents) {
    List<OrgUnit> found = new ArrayList<>();
    for (int from = 0; from < parents.size(); from += IN_LIST) {
      found.addAll(units.findByParentCodeInAndActiveTrue(parents.subList(from, Math.min(parents.size(), from + IN_LIST))));
    }
    return found;
  }

  private static Map<String, List<OrgUnit>> childrenByParent(List<OrgUnit> all) {
    Map<String, List<OrgUnit>> children = new HashMap<>();
    for (OrgUnit unit : all) {
      if (unit.getParentCode() != null) {
        children.computeIfAbsent(unit.getParentCode(), parent -> new ArrayList<>()).add(unit);
      }
    }
    children.values().forEach(list -> list.sort(java.util.Comparator.comparing(OrgUnit::getCode)));
    return children;
  }

  /**
   * The org units whose groups the user belongs to (as clerk, as manager, or as a member of one of the
   * county's bodies), e.g. to scope a clerk's view of the ledger to their own community.
   */
  @Transactional(readOnly = true)
  public List<OrgUnit> unitsOfUser(String userId) {
    List<OrgUnit> result = new ArrayList<>();
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      String type = group.getType();
      if (OrgGroups.TYPE_ORG_UNIT.equals(type)) {
        find(group.getId()).ifPresent(result::add);
      } else if (OrgGroups.TYPE_ORG_UNIT_MANAGERS.equals(type) || OrgGroups.TYPE_BODY.equals(type)) {
        // a manager of a unit, or a member of a county's body (主席会议, 职工维权帮扶中心): the unit it belongs to
        find(group.getId().substring(0, group.getId().lastIndexOf('.'))).filter(u -> !result.contains(u)).ifPresent(result::add);
      }
    }
    return result;
  }

  /**
   * Registers a newly founded grassroots union under its community union, with its groups. Called by
   * the union-founding process when it announces the new union (step 8).
   */
  @Transactional
  public OrgUnit createGrassrootsUnion(String code, String name, String parentCode) {
    OrgUnit parent = require(parentCode);
    if (!OrgLevel.GRASSROOTS_UNION.mayBeChildOf(parent.getLevel())) {
      throw new IllegalStateException("基层工会只能建在社区工会或产业（系统）工会之下: " + parentCode);
    }
    if (units.existsById(code)) {
      throw new IllegalStateException("组织机构代码已存在: " + code);
    }
    OrgUnit unit =
        units.save(new OrgUnit(code, name, OrgLevel.GRASSROOTS_UNION, parentCode, OrgUnit.Source.FOUNDING));
    ensureGroups(unit);
    return unit;
  }

  /**
   * Creates or renames the clerks' and managers' groups of a unit (and a county's bodies), and the unit's
   * tenant (one per unit and per body, id = group id) that decides who sees its cases and tasks: the unit's
   * own group and the managers of the unit and of every unit above it are its members. A unit that moved
   * under another parent loses the managers of its old ancestors. The parents of {@code unit} must exist.
   */
  void ensureGroups(OrgUnit unit) {
    String code = unit.getCode();
    ensureGroup(OrgGroups.unitGroup(code), unit.getName(), OrgGroups.TYPE_ORG_UNIT);
    ensureGroup(OrgGroups.managersGroup(code), unit.getName() + " 管理人员", OrgGroups.TYPE_ORG_UNIT_MANAGERS);
    Set<String> managers = new LinkedHashSet<>();
    for (OrgUnit level : selfAndAncestors(code)) {
      managers.add(OrgGroups.managersGroup(level.getCode()));
    }
    ensureTenant(OrgGroups.unitGroup(code), unit.getName(), managers);
    if (unit.getLevel() == OrgLevel.COUNTY_FEDERATION) {
      String chairMeeting = OrgGroups.chairMeetingGroup(code);
      String aidCentre = OrgGroups.aidCentreGroup(code);
      ensureGroup(chairMeeting, unit.getName() + " 主席会议", OrgGroups.TYPE_BODY);
      ensureGroup(aidCentre, unit.getName() + " 职工维权帮扶中心", OrgGroups.TYPE_BODY);
      ensureTenant(chairMeeting, unit.getName() + " 主席会议", managers);
      ensureTenant(aidCentre, unit.getName() + " 职工维权帮扶中心", managers);
    }
  }

  /** Whether some unit has no tenant yet (every unit has one, plus a county's two bodies). */
  @Transactional(readOnly = true)
  public boolean tenantsMissing() {
    return identityService.createTenantQuery().count() < units.count();
  }

  /** {@link #ensureGroups} for every unit, parents first. */
  @Transactional
  public void ensureGroupsOfAllUnits() {
    List<OrgUnit> all = new ArrayList<>(units.findAll());
    all.sort(java.util.Comparator.comparing(OrgUnit::getLevel));
    all.forEach(this::ensureGroups);
  }

  /** The tenant {@code id} with its own group and exactly these managers' groups as members. */
  private void ensureTenant(String id, String name, Set<String> managersGroups) {
    Tenant tenant = identityService.createTenantQuery().tenantId(id).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    } else if (!name.equals(tenant.getName())) {
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
    Set<String> wanted = new LinkedHashSet<>(managersGroups);
    wanted.add(id);
    Set<String> present = new HashSet<>();
    for (Group member : identityService.createGroupQuery().memberOfTenant(id).list()) {
      boolean managed =
          OrgGroups.TYPE_ORG_UNIT.equals(member.getType())
              || OrgGroups.TYPE_ORG_UNIT_MANAGERS.equals(member.getType())
              || OrgGroups.TYPE_BODY.equals(member.getType());
      if (wanted.contains(member.getId())) {
        present.add(member.getId());
      } else if (managed) {
        identityService.deleteTenantGroupMembership(id, member.getId());
      }
    }
    for (String group : wanted) {
      if (!present.contains(group)) {
        identityService.createTenantGroupMembership(id, group);
      }
    }
  }

  void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }
}
