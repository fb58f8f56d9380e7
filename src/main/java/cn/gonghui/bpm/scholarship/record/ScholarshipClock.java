package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time of the 金秋助学 rules: the engine's clock (the one its timers use, so a test that moves the engine's
 * clock moves the deadlines with it), in Asia/Shanghai.
 */
public final class ScholarshipClock {

  private ScholarshipClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), CampaignSchedule.ZONE);
  }

  /** A required date of a form (yyyy-MM-dd, as the date picker sends it) that is not later than today. */
  public static LocalDate pastDate(FormInput input, String key, String label) {
    LocalDate date = date(input, key, label);
    if (date.isAfter(today())) {
      throw new InvalidInputException(key, label, "不能晚于今天（" + today() + "）");
    }
    return date;
  }

  /** A required date of a form (yyyy-MM-dd). */
  public static LocalDate date(FormInput input, String key, String label) {
    String text = input.text(key, label, 40);
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(key, label, "日期格式不正确，应为年-月-日，例如 2025-08-20");
    }
  }
}
