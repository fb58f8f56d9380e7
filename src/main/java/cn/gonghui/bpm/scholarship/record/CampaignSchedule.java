package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The dates of a campaign of {@code year}, in Asia/Shanghai, from the source (000:515, 000:553, 000:559-563):
 * 宣传和调查摸底 from 7月15日 (7月中旬) to the day before the deadline, applications until the deadline (default
 * 8月15日, accepted until 23:59 of that day), 调查核实 until 8月20日, 审核审批及发放 until 9月1日. Each "until"
 * day is inclusive: the instant stored is 00:00 of the next day.
 */
public record CampaignSchedule(
    int year,
    LocalDate deadline,
    Instant surveyStartsAt,
    Instant surveyDueAt,
    Instant intakeClosesAt,
    Instant verificationEndsAt,
    Instant periodEndsAt) {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  public static final MonthDay DEFAULT_DEADLINE = MonthDay.of(8, 15);
  static final MonthDay SURVEY_STARTS = MonthDay.of(7, 15);
  static final MonthDay LAST_VERIFICATION_DAY = MonthDay.of(8, 20);
  static final MonthDay LAST_DAY = MonthDay.of(9, 1);
  static final MonthDay EARLIEST_DEADLINE = MonthDay.of(7, 16);
  static final MonthDay LATEST_DEADLINE = MonthDay.of(8, 19);

  /** The schedule of {@code year} with the deadline {@code deadline} (null: 8月15日); checks the deadline. */
  public static CampaignSchedule of(int year, LocalDate deadline, String field) {
    LocalDate last = deadline == null ? DEFAULT_DEADLINE.atYear(year) : deadline;
    if (last.getYear() != year
        || last.isBefore(EARLIEST_DEADLINE.atYear(year))
        || last.isAfter(LATEST_DEADLINE.atYear(year))) {
      throw new InvalidInputException(
          field, "申报截止日期", "应在" + year + "年7月16日到8月19日之间（默认8月15日），核实阶段从截止后开始，8月20日结束");
    }
    return new CampaignSchedule(
        year,
        last,
        startOf(SURVEY_STARTS.atYear(year)),
        startOf(last),
        startOf(last.plusDays(1)),
        startOf(LAST_VERIFICATION_DAY.atYear(year).plusDays(1)),
        startOf(LAST_DAY.atYear(year).plusDays(1)));
  }

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** An instant as the timer definitions read it: ISO 8601 with the offset, e.g. 2025-08-16T00:00:00+08:00. */
  public static String iso(Instant instant) {
    return ISO.format(instant.atZone(ZONE));
  }

  /** 「8月15日」 */
  public static String monthDay(LocalDate date) {
    return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
