package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.CaseVariables;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns: opens one for a grassroots union and school year (one at a time: a second one of the same year is
 * refused), with its dates and four phases; records each phase's start, completion and lateness; and how the
 * campaign ended.
 */
@Service("twoVisitsCampaignService")
public class CampaignService {

  private final Campaigns campaigns;
  private final CampaignPhases phases;
  private final CampaignSettings settings;
  private final OrgUnitService orgUnits;

  public CampaignService(Campaigns campaigns, CampaignPhases phases, CampaignSettings settings, OrgUnitService orgUnits) {
    this.campaigns = campaigns;
    this.phases = phases;
    this.settings = settings;
    this.orgUnits = orgUnits;
  }

  /**
   * The start date a start asked for (yyyy-MM-dd; within a year of today) or, when it asked for none, the
   * default: 10月1日 of the school year today belongs to.
   */
  public LocalDate startDate(Object requested, String field) {
    LocalDate today = CampaignSchedule.today();
    if (requested == null || requested.toString().isBlank()) {
      return settings.defaultStartFor(today);
    }
    String text = requested.toString().trim();
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "活动开始日期", "日期格式不正确，应为年-月-日，例如 2026-10-01");
    }
    if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(1))) {
      throw new InvalidInputException(field, "活动开始日期", "应在今天前后一年之内");
    }
    return date;
  }

  /** The union a campaign may be for: an active grassroots union (a school's or an enterprise's own union). */
  public OrgUnit requireGrassrootsUnion(String unitCode) {
    OrgUnit unit =
        orgUnits
            .find(unitCode)
            .orElseThrow(() -> new InvalidInputException(CaseVariables.ORG_UNIT_CODE, "基层工会", "不是有效的组织代码：" + unitCode));
    if (unit.getLevel() != OrgLevel.GRASSROOTS_UNION) {
      throw new InvalidInputException(
          CaseVariables.ORG_UNIT_CODE, "基层工会", "“双走访、促三保”活动由基层工会开展，" + unit.getName() + "不是基层工会");
    }
    return unit;
  }

  /** Refused (409) when the union already has a campaign of the school year that starts on {@code startDate}. */
  @Transactional(readOnly = true)
  /** Whether a union already runs (or ran) a campaign of the school year that starts on {@code startDate}. */
  public boolean hasCampaign(String unitCode, LocalDate startDate) {
    return !campaigns.activeOf(unitCode, startDate.getYear()).isEmpty();
  }

  public void requireNoCampaign(String unitCode, LocalDate startDate, String field) {
    if (hasCampaign(unitCode, startDate)) {
      throw new ConflictException(
          field, orgUnits.require(unitCode).getName() + "已有" + Campaign.label(startDate.getYear()) + "的“双走访、促三保”活动");
    }
  }

  /** Opens the campaign of the case {@code caseId}: its dates and four phase windows. */
  @Transactional
  public Campaign open(String caseId, String unitCode, LocalDate startDate, String launchedBy, String launchedByUnit) {
    OrgUnit unit = requireGrassrootsUnion(unitCode);
    // one campaign per union and school year, also when two starts come at the same instant
    campaigns.lockUnion(unitCode);
    requireNoCampaign(unitCode, startDate, "startDate");
    CampaignSchedule schedule = settings.schedule(startDate);
    Campaign campaign =
        campaigns.saveAndFlush(new Campaign(caseId, unitCode, unit.getParentCode(), schedule, launchedBy, launchedByUnit));
    for (int p = 0; p < 4; p++) {
      phases.save(new CampaignPhase(campaign.getId(), p + 1, schedule.windowStarts().get(p), schedule.windowEnds().get(p)));
    }
    return campaign;
  }

  /** The schedule of a campaign, as it was computed when it opened. */
  public CampaignSchedule schedule(Campaign campaign) {
    return settings.schedule(campaign.getStartDate());
  }

  @Transactional(readOnly = true)
  public Campaign require(String caseId) {
    return campaigns.findByProcessInstanceId(caseId).orElseThrow(() -> new NotFoundException("没有找到该双走访活动"));
  }

  @Transactional(readOnly = true)
  public Campaign requireById(long campaignId) {
    return campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("没有找到该双走访活动"));
  }

  @Transactional
  public void phaseStarted(String caseId, int phase) {
    Campaign campaign = require(caseId);
    campaign.enterPhase(phase);
    phase(campaign, phase).started();
  }

  /** A phase is done; it counts as late when that happens after its window. */
  @Transactional
  public void phaseCompleted(String caseId, int phase) {
    CampaignPhase record = phase(require(caseId), phase);
    record.completed();
    if (CampaignSchedule.today().isAfter(record.getWindowEnd())) {
      record.flagLate();
    }
  }

  /** The phase's window has passed and it is not done: flagged late for the superior union's managers. */
  @Transactional
  public void phaseLate(String caseId, int phase) {
    phase(require(caseId), phase).flagLate();
  }

  /** The case ended: completed, or cancelled (deleted by an administrator). */
  @Transactional
  public void ended(String caseId, boolean cancelled) {
    campaigns
        .findByProcessInstanceId(caseId)
        .ifPresent(c -> c.end(cancelled ? Campaign.Status.CANCELLED : Campaign.Status.COMPLETED));
  }

  @Transactional(readOnly = true)
  public List<CampaignPhase> phases(long campaignId) {
    return phases.findByCampaignIdOrderByPhase(campaignId);
  }

  @Transactional(readOnly = true)
  public List<CampaignPhase> phasesOf(List<Long> campaignIds) {
    return campaignIds.isEmpty() ? List.of() : phases.findByCampaignIdInOrderByCampaignIdAscPhaseAsc(campaignIds);
  }

  /** The campaigns of these unions (of one school year, or all years when null), newest first per union. */
  @Transactional(readOnly = true)
  public List<Campaign> ofUnits(List<String> unitCodes, Integer year) {
    return unitCodes.isEmpty() ? List.of() : campaigns.ofUnits(unitCodes, year);
  }

  @Transactional(readOnly = true)
  public List<Campaign> ofUnit(String unitCode) {
    return campaigns.findByOrgUnitCodeOrderByCampaignYearDescIdDesc(unitCode);
  }

  private CampaignPhase phase(Campaign campaign, int phase) {
    return phases
        .findByCampaignIdAndPhase(campaign.getId(), phase)
        .orElseThrow(() -> new IllegalStateException("campaign " + campaign.getId() + " has no phase " + phase));
  }
}
