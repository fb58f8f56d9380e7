package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.CurrentUser;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.platform.UnitAccessDeniedException;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A superior union launches the campaign for all or chosen grassroots unions below it in one action (000:57
 * "按县教育工会安排"). A campaign belongs to its grassroots union, and the platform lets a user start cases only for
 * their own unit; so the launch checks the superior's right here (a clerk of the launching unit, which must be above
 * every chosen union) and then starts each union's campaign as the system, recording who launched it from which
 * unit. All or nothing: one transaction, and any bad union, date or a union that already has a campaign of that
 * school year (when chosen by name) refuses the whole launch. Launching "all" skips the unions that already have one.
 */
@Service
public class CampaignLauncher {

  /** A campaign a launch started, or a union it skipped. */
  public record Launched(String unitCode, String unitName, String caseId, String skipped) {}

  private final CampaignService campaigns;
  private final OrgUnitService orgUnits;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  public CampaignLauncher(
      CampaignService campaigns,
      OrgUnitService orgUnits,
      RuntimeService runtime,
      IdentityService identity,
      CurrentUser currentUser) {
    this.campaigns = campaigns;
    this.orgUnits = orgUnits;
    this.runtime = runtime;
    this.identity = identity;
    this.currentUser = currentUser;
  }

  /**
   * Launches the campaigns: for {@code unions} (codes) or, when that is null, for every grassroots union below
   * {@code launchingUnit}; starting on {@code startDate} (null: the default 10月1日).
   */
  @Transactional
  public List<Launched> launch(String launchingUnit, List<String> unions, Object startDate) {
    OrgUnit launcher = requireLauncher(launchingUnit);
    LocalDate start = campaigns.startDate(startDate, FIELD_START_DATE);
    boolean all = unions == null;
    List<OrgUnit> targets = all ? orgUnits.grassrootsBelow(launchingUnit) : chosen(launchingUnit, unions);
    if (targets.isEmpty()) {
      throw new InvalidInputException("unions", "基层工会", all ? launcher.getName() + "下没有基层工会" : "请至少选择一个基层工会");
    }
    List<Launched> result = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    List<OrgUnit> toStart = new ArrayList<>();
    for (OrgUnit union : targets) {
      try {
        campaigns.requireNoCampaign(union.getCode(), start, FIELD_START_DATE);
        toStart.add(union);
      } catch (ConflictException e) {
        conflicts.add(union.getName());
        result.add(new Launched(union.getCode(), union.getName(), null, "已有" + Campaign.label(start.getYear()) + "的活动"));
      }
    }
    if (!all && !conflicts.isEmpty()) {
      throw new ConflictException("unions", String.join("、", conflicts) + "已有" + Campaign.label(start.getYear()) + "的“双走访、促三保”活动，未发起任何活动");
    }
    String user = currentUser.id();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (OrgUnit union : toStart) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ORG_UNIT_CODE, union.getCode());
        variables.put(FIELD_START_DATE, start.toString());
        variables.put(VAR_LAUNCHED_BY, user);
        variables.put(VAR_LAUNCHED_BY_UNIT, launchingUnit);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, variables);
        result.add(new Launched(union.getCode(), union.getName(), instance.getId(), null));
      }
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
    return result;
  }

  /**
   * What the launching union's clerk chooses from: the grassroots unions below {@code launchingUnit} without a
   * campaign of the school year that starts on {@code startDate} (null: the default 10月1日). Only whether a union
   * has one, nothing of its campaign: the figures are the managers' ({@code /api/two-visits/overview}).
   */
  @Transactional(readOnly = true)
  public List<OrgUnit> launchable(String launchingUnit, Object startDate) {
    requireLauncher(launchingUnit);
    LocalDate start = campaigns.startDate(startDate, FIELD_START_DATE);
    return orgUnits.grassrootsBelow(launchingUnit).stream().filter(union -> !campaigns.hasCampaign(union.getCode(), start)).toList();
  }

  /** A superior union whose clerk (or an administrator) is calling. */
  private OrgUnit requireLauncher(String launchingUnit) {
    OrgUnit launcher =
        orgUnits.find(launchingUnit).orElseThrow(() -> new InvalidInputException("unit", "发起单位", "不是有效的组织代码"));
    if (launcher.getLevel() == OrgLevel.GRASSROOTS_UNION) {
      throw new InvalidInputException("unit", "发起单位", "基层工会请在任务列表中为本会发起活动");
    }
    if (!currentUser.isMemberOf(Roles.ADMINISTRATORS) && !currentUser.isMemberOf(OrgGroups.unitGroup(launchingUnit))) {
      throw new UnitAccessDeniedException("unit", "只有" + launcher.getName() + "的办事员可以为下级基层工会统一发起活动");
    }
    return launcher;
  }

  private List<OrgUnit> chosen(String launchingUnit, List<String> codes) {
    Set<String> distinct = new LinkedHashSet<>(codes);
    List<OrgUnit> chosen = new ArrayList<>();
    for (String code : distinct) {
      if (code == null || code.isBlank() || code.length() > 64) {
        throw new InvalidInputException("unions", "基层工会", "组织代码不能为空");
      }
      OrgUnit union = campaigns.requireGrassrootsUnion(code);
      boolean below =
          orgUnits.selfAndAncestors(code).stream().skip(1).anyMatch(u -> u.getCode().equals(launchingUnit));
      if (!below) {
        throw new InvalidInputException("unions", "基层工会", union.getName() + "不在发起单位之下");
      }
      chosen.add(union);
    }
    return chosen;
  }
}
