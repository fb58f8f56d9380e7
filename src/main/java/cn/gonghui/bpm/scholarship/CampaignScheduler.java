package cn.gonghui.bpm.scholarship;

import cn.gonghui.bpm.platform.CaseVariables;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.ScholarshipClock;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * 金秋助学 starts on 7月1日 (000:515): every day of July at 00:05 (Asia/Shanghai) the campaign of this year is
 * started for every county federation that has none yet, so a server that was down on 7月1日 starts it on the next
 * day it runs, and a county clerk may start it earlier by hand. A system start has no user: the campaign names its
 * county in {@code orgUnitCode}, which makes it the campaign's owning unit. Set
 * {@code gonghui.scholarship.auto-start.enabled=false} for a county that starts its campaigns by hand only.
 */
@Configuration
@EnableScheduling
public class CampaignScheduler {

  static final MonthDay FIRST_DAY = MonthDay.of(7, 1);

  private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CampaignService campaigns;
  private final ScholarshipUnits units;
  private final boolean enabled;

  public CampaignScheduler(
      RuntimeService runtime,
      IdentityService identity,
      CampaignService campaigns,
      ScholarshipUnits units,
      @Value("${gonghui.scholarship.auto-start.enabled:true}") boolean enabled) {
    this.runtime = runtime;
    this.identity = identity;
    this.campaigns = campaigns;
    this.units = units;
    this.enabled = enabled;
  }

  @Scheduled(cron = "${gonghui.scholarship.auto-start.cron:0 5 0 * 7 *}", zone = "Asia/Shanghai")
  public void daily() {
    if (enabled) {
      startDue();
    }
  }

  /**
   * Starts this year's campaign of every county federation that has none, from 7月1日 until the default deadline
   * (a campaign that could take no application is not started). Returns the counties started for.
   */
  public List<String> startDue() {
    LocalDate today = ScholarshipClock.today();
    int year = today.getYear();
    List<String> started = new ArrayList<>();
    if (today.isBefore(FIRST_DAY.atYear(year))
        || !ScholarshipClock.now().isBefore(CampaignSchedule.of(year, null, CampaignProcess.FIELD_INTAKE_DEADLINE).intakeClosesAt())) {
      return started;
    }
    identity.clearAuthentication();
    for (String county : units.counties()) {
      if (campaigns.ofCounty(county).stream().anyMatch(c -> c.getYear() == year)) {
        continue;
      }
      try {
        runtime.startProcessInstanceByKey(
            CampaignProcess.PROCESS_KEY, Map.of(CaseVariables.ORG_UNIT_CODE, county, CampaignProcess.FIELD_CAMPAIGN_YEAR, year));
        started.add(county);
        LOG.info("金秋助学: started the {} campaign of {}", year, county);
      } catch (RuntimeException e) {
        LOG.error("金秋助学: could not start the {} campaign of {}", year, county, e);
      }
    }
    return started;
  }
}
