package cn.gonghui.bpm.twovisits.record;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * The dates of one campaign, all relative to its start date (the source writes "xx年10月开始,明年6月结束"
 * without a year, 000:59): the four phase windows one after the other (by default 2, 2, 3 and 2 months:
 * 10–11月, 12–1月, 2–4月, 5–6月), the Spring Festival of the school year, and the 年关慰问 round that opens some
 * days before it and is due on 除夕, the day before the festival.
 */
public record CampaignSchedule(
    LocalDate startDate, List<LocalDate> windowStarts, List<LocalDate> windowEnds, LocalDate festivalDate,
    LocalDate reliefOpens) {

  /** Where the union works: dates become moments in China's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The last day of the campaign (the end of phase 4's window). */
  public LocalDate endDate() {
    return windowEnds.get(windowEnds.size() - 1);
  }

  /** 除夕: the 年关慰问 round is due the day before the Spring Festival. */
  public LocalDate reliefDue() {
    return festivalDate.minusDays(1);
  }

  /** The end of a day in China (23:59:59), as a task due date. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
  }

  /** The start of a day in China, e.g. the moment a phase that should have ended the day before is late. */
  public static Date startOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day.atStartOfDay(), ZONE).toInstant());
  }

  /** Today in China. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
