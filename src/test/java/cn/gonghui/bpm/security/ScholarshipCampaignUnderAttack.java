package cn.gonghui.bpm.security;

import cn.gonghui.bpm.security.AttackedProcess.ApiTarget;
import cn.gonghui.bpm.security.AttackedProcess.Fixtures;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * {@code scholarship-campaign} (金秋助学) under attack: the campaign of 示范县总工会 (SFX), started by its clerk, whose
 * tasks go to the county's clerks, its 职工维权帮扶中心 and 主席会议 and, for the 摸底, to a school's union (坝头中学,
 * SFX-JY-BT). Names are written as an attacker sends them (strings), not taken from the process code.
 *
 * <p>A county has one campaign a year, of this year or the next, and only before that year's deadline: the demo
 * county's campaign of the current year exists already. So every start this suite means to succeed is of a year
 * never used, with the engine's clock (the clock of the 金秋助学 rules) set to 2 July of that year; the years start
 * far in the future ({@value #FIRST_YEAR}) so that no campaign of the demo or of another test is touched. The
 * application's fixture ({@link ScholarshipApplicationUnderAttack}) sets the clock back. Two starts side by side
 * can only be of the same year: the start races run one at a time ({@link AttackedProcess#withRaces}).
 */
final class ScholarshipCampaignUnderAttack {

  static final String KEY = "scholarship-campaign";
  static final String COUNTY = "SFX";
  static final String COUNTY_CLERK = "county-clerk";
  static final String AID_CENTRE_CLERK = "aid-centre-clerk";
  static final String CHAIR_MEETING = "chair-meeting";
  static final String SCHOOL = "SFX-JY-BT";
  static final String SCHOOL_CLERK = "batou-clerk";
  static final int FIRST_YEAR = 2300;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final AtomicInteger YEARS = new AtomicInteger(FIRST_YEAR);

  private ScholarshipCampaignUnderAttack() {}

  static AttackedProcess process() {
    List<String> notCounty = List.of(AID_CENTRE_CLERK, SCHOOL_CLERK, "chengguan-clerk");
    List<String> notAidCentre = List.of(COUNTY_CLERK, CHAIR_MEETING, SCHOOL_CLERK);
    List<String> notChairMeeting = List.of(COUNTY_CLERK, AID_CENTRE_CLERK, SCHOOL_CLERK);
    return new AttackedProcess(
            KEY,
            COUNTY,
            COUNTY_CLERK,
            // the county's own bodies, a school, a town, a community and the education union: none starts it
            List.of(AID_CENTRE_CLERK, CHAIR_MEETING, SCHOOL_CLERK, "jiaoyu-clerk", "chengguan-clerk", "dongjie-clerk"),
            ScholarshipCampaignUnderAttack::validStart,
            fixtures -> startForm(freshYear()),
            fixtures -> {
              Map<String, Object> forged = new LinkedHashMap<>();
              forged.put("campaignId", 1L); // another campaign's record (the demo's first)
              forged.put("campaignTitle", "示范县总工会2099年金秋助学");
              forged.put("aidCentre", SCHOOL); // a school would do the aid centre's intake and ranking
              forged.put("chairMeeting", SCHOOL); // a school would decide the ranked list
              forged.put("surveyStartsAt", "2020-01-01T00:00:00+08:00");
              forged.put("surveyDueAt", "2999-01-01T00:00:00+08:00");
              forged.put("intakeClosesAt", "2999-01-01T00:00:00+08:00"); // applications for ever
              forged.put("verificationEndsAt", "2999-01-01T00:00:00+08:00");
              forged.put("periodEndsAt", "2999-01-01T00:00:00+08:00");
              forged.put("surveyUnits", List.of("SFX-CG-DJ"));
              forged.put("surveyUnit", "SFX-JY-YZ"); // another school's 摸底
              forged.put("fundsSummary", "余额100万元");
              forged.put("shortlistItems", "伪造的名单");
              forged.put("grantItems", "伪造的资助名单");
              forged.put("publicityItems", "伪造的公开名单");
              forged.put("orgUnitCode", "SFX-CG"); // the case would move to a town
              return forged;
            },
            List.of("Task_ConfirmGrants", "Task_DetermineGrantTiers"),
            ScholarshipCampaignUnderAttack::startCase,
            "Task_RecordFunds",
            List.of(
                new TaskTarget("Task_RecordFunds", COUNTY_CLERK, notCounty, Map.of(),
                    Map.of("fundRows", "行政支持,示范县财政局,40000,2026-07-01\n企业赞助,示范县宏达商贸有限公司,30000,2026-07-02,结对帮扶",
                        "fundsComplete", true)),
                new TaskTarget("Task_ReportSurvey", SCHOOL_CLERK, List.of("yizhong-clerk", COUNTY_CLERK, AID_CENTRE_CLERK, "dongjie-clerk"),
                    Map.of("surveyUnits", List.of(SCHOOL), "surveyUnit", SCHOOL),
                    Map.of("examCandidates", 30, "admittedStudents", 3, "assistedApplications", 2, "aidPlan", "工会经费补助每名困难学生500元，另组织教职工结对帮扶")),
                new TaskTarget("Task_ProposeShortlist", AID_CENTRE_CLERK, notAidCentre, Map.of(), Map.of("rankingRows", "")),
                new TaskTarget("Task_ApproveShortlist", CHAIR_MEETING, notChairMeeting, Map.of(),
                    Map.of("shortlistDecision", "RETURN", "shortlistDecisionReason", "请补充各申请的排序理由")),
                new TaskTarget("Task_ConfirmGrants", COUNTY_CLERK, notCounty, Map.of(),
                    Map.of("grantsDecision", "RETURN", "grantsDecisionReason", "资助名单需主席会议复核")),
                new TaskTarget("Task_PreparePublicity", AID_CENTRE_CLERK, notAidCentre, Map.of(),
                    Map.of("broadcastChannel", "示范县有线电视综合频道", "broadcastDate", "2026-08-28"))),
            List.of(new ApiTarget("/api/scholarship-campaigns", ScholarshipCampaignUnderAttack::validStart, "intakeDeadline", "campaignYear", null, 201, null, true)),
            List.of(),
            Map.of("orgUnitCode", COUNTY))
        // a foreign starter is refused for the unit it starts from: no county federation of theirs
        .withForeignStartFields(List.of("orgUnitCode"))
        // the same year as the starter's own start (a fresh subject would move the clock past it)
        .withForeignStart(ScholarshipCampaignUnderAttack::validStart)
        .withRaces(1);
  }

  /** A valid start for a year of which the county has no campaign yet, with the clock in that year. */
  static synchronized Map<String, Object> validStart(Fixtures fixtures) {
    int year = clockYear();
    if (year < FIRST_YEAR || exists(fixtures, year)) {
      year = freshYear();
    }
    return startForm(year);
  }

  static Map<String, Object> startForm(int year) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("campaignYear", year);
    form.put("intakeDeadline", year + "-08-15");
    form.put("budget", 80000);
    return form;
  }

  /** A campaign of the county {@code county} started by the system (the 7月1日 schedule), in 登记助学资金. */
  static synchronized String startCase(Fixtures fixtures, String county) {
    return startCase(fixtures, county, freshYear());
  }

  /**
   * The campaign of {@code year} of the county {@code county}, started by the system with the clock on 2 July of
   * that year, in 登记助学资金; the continuing Tier A grants of the years before it are told their year is due.
   */
  static String startCase(Fixtures fixtures, String county, int year) {
    at(year, 7, 2);
    Map<String, Object> variables = new LinkedHashMap<>(startForm(year));
    variables.put("orgUnitCode", county);
    String instance = fixtures.engine().getRuntimeService().startProcessInstanceByKey(KEY, variables).getId();
    var management = fixtures.engine().getManagementService();
    for (var job : management.createJobQuery().processInstanceId(instance).activityId("Task_NotifyContinuingGrants").list()) {
      management.executeJob(job.getId());
    }
    return instance;
  }

  /** A year no campaign has, with the engine's clock set to 2 July of it. */
  static synchronized int freshYear() {
    int year = YEARS.incrementAndGet();
    at(year, 7, 2);
    return year;
  }

  /**
   * The first of {@code count} years in a row that no campaign has and no later fresh year comes near (a campaign
   * pays the Tier A grants of the five years before it), with the engine's clock set to 2 July of it.
   */
  static synchronized int freshYears(int count) {
    int first = YEARS.getAndAdd(count) + 1;
    at(first, 7, 2);
    return first;
  }

  /** Sets the engine's clock (the clock of the 金秋助学 rules) to 10:00 of a day in 示范县. */
  static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ZONE).toInstant()));
  }

  private static int clockYear() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).getYear();
  }

  private static boolean exists(Fixtures fixtures, int year) {
    return fixtures.engine().getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(KEY).processInstanceBusinessKey("示范县总工会" + year + "年金秋助学").count() > 0;
  }
}
