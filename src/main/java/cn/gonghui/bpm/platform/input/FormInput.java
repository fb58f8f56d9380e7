package cn.gonghui.bpm.platform.input;

import cn.gonghui.bpm.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks one value a clerk entered (a Camunda Form field, a JSON property): a missing or bad
 * value throws {@link InvalidInputException} with the field's Chinese name, before anything is written.
 */
public final class FormInput {

  /** ISO 8601 durations of days, weeks, months, years and times of day, e.g. P30D, P1M, PT12H. */
  private static final Pattern ISO_DURATION =
      Pattern.compile("P(?=\\d|T\\d)(?:(\\d{1,4})Y)?(?:(\\d{1,4})M)?(?:(\\d{1,4})W)?(?:(\\d{1,5})D)?"
          + "(?:T(?=\\d)(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,7})S)?)?");

  /** The longest duration a case may wait for anything: ten years. */
  static final long MAX_DURATION_DAYS = 3660;

  private final Map<String, Object> values;

  private FormInput(Map<String, Object> values) {
    this.values = values;
  }

  public static FormInput of(Map<String, Object> values) {
    return new FormInput(values);
  }

  public Object raw(String key) {
    return values.get(key);
  }

  /** Required text, trimmed, at most {@code maxLength} characters. */
  public String text(String key, String label, int maxLength) {
    String value = optionalText(key, label, maxLength);
    if (value == null) {
      throw new InvalidInputException(key, label, "不能为空");
    }
    return value;
  }

  /** Optional text, trimmed; null when blank. */
  public String optionalText(String key, String label, int maxLength) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String raw)) {
      throw new InvalidInputException(key, label, "应为文本");
    }
    String problem = TextHygiene.problem(raw, true);
    if (problem != null) {
      throw new InvalidInputException(key, label, problem);
    }
    String text = raw.trim();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new InvalidInputException(key, label, "不能超过" + maxLength + "个字");
    }
    return text;
  }

  /** A required whole number ≥ 0. */
  public int count(String key, String label) {
    Object value = values.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(key, label, "不能为空");
    }
    long number;
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw new InvalidInputException(key, label, "必须是整数");
      }
      number = n.longValue();
    } else {
      try {
        number = Long.parseLong(value.toString().trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(key, label, "必须是整数");
      }
    }
    if (number < 0) {
      throw new InvalidInputException(key, label, "不能是负数");
    }
    if (number > 1_000_000) {
      throw new InvalidInputException(key, label, "数值过大");
    }
    return (int) number;
  }

  /** An optional whole number ≥ 0 (a number field left empty sends nothing or a blank); null when absent. */
  public Integer optionalCount(String key, String label) {
    Object value = values.get(key);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    return count(key, label);
  }

  /**
   * An amount of money in 元 as forms and /api send it (a number or its text): not negative, at most two decimals,
   * below {@code limit}; scale 2. Null when blank.
   */
  public BigDecimal optionalMoney(String key, String label, BigDecimal limit) {
    Object raw = values.get(key);
    if (raw == null || raw.toString().isBlank()) {
      return null;
    }
    if (!(raw instanceof Number) && !(raw instanceof CharSequence)) {
      throw new InvalidInputException(key, label, "应为数字");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(raw.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(key, label, "应为数字，例如 1250.50");
    }
    if (amount.signum() < 0) {
      throw new InvalidInputException(key, label, "不能是负数");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(key, label, "最多保留两位小数");
    }
    if (amount.compareTo(limit) >= 0) {
      throw new InvalidInputException(key, label, "数值过大");
    }
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** A required amount of money in 元, as {@link #optionalMoney}. */
  public BigDecimal money(String key, String label, BigDecimal limit) {
    BigDecimal amount = optionalMoney(key, label, limit);
    if (amount == null) {
      throw new InvalidInputException(key, label, "不能为空");
    }
    return amount;
  }

  /** A yes/no value; missing counts as no (an unticked checkbox sends nothing). */
  public boolean flag(String key, String label) {
    Object value = values.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().trim();
    if (text.equalsIgnoreCase("true") || text.equals("是")) {
      return true;
    }
    if (text.isEmpty() || text.equalsIgnoreCase("false") || text.equals("否")) {
      return false;
    }
    throw new InvalidInputException(key, label, "只能是“是”或“否”");
  }

  /** A required date (yyyy-MM-dd, as the Camunda Forms date picker sends it), not in the future. */
  public LocalDate pastDate(String key, String label) {
    String text = text(key, label, 40);
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(key, label, "日期格式不正确，应为年-月-日，例如 2025-05-20");
    }
    if (date.isAfter(LocalDate.now().plusDays(1))) {
      throw new InvalidInputException(key, label, "不能晚于今天");
    }
    return date;
  }

  /**
   * An optional ISO 8601 duration (an operator may shorten a wait per case, e.g. P30D or PT1H), at most ten
   * years; {@code fallback} when missing.
   */
  public String duration(String key, String label, String fallback) {
    String value = optionalText(key, label, 40);
    if (value == null) {
      return fallback;
    }
    Matcher m = ISO_DURATION.matcher(value);
    if (!m.matches()) {
      throw new InvalidInputException(key, label, "应为 ISO 8601 时长，例如 P30D（30天）");
    }
    // generous upper bounds: a year counts 366 days, a month 31
    long days =
        number(m, 1) * 366L + number(m, 2) * 31L + number(m, 3) * 7L + number(m, 4)
        + Duration.ofHours(number(m, 5)).plusMinutes(number(m, 6)).plusSeconds(number(m, 7)).toDays();
    if (days > MAX_DURATION_DAYS) {
      throw new InvalidInputException(key, label, "不能超过10年");
    }
    return value;
  }

  private static int number(Matcher m, int group) {
    return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }

  /** A required record id: a whole positive number (12 or "12"; not 12.5, not "abc"). */
  public long id(String key, String label) {
    Object value = values.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(key, label, "不能为空");
    }
    return idOf(value, key, label);
  }

  /** {@code value} as a record id, or an {@link InvalidInputException} for {@code key}. */
  public static long idOf(Object value, String key, String label) {
    try {
      BigDecimal number =
          value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
      long id = number.longValueExact();
      if (id <= 0) {
        throw new InvalidInputException(key, label, "应为正整数");
      }
      return id;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(key, label, "应为整数编号");
    }
  }

  /** One of the allowed values. */
  public String choice(String key, String label, String... allowed) {
    String value = text(key, label, 40);
    for (String option : allowed) {
      if (option.equals(value)) {
        return value;
      }
    }
    throw new InvalidInputException(key, label, "取值不正确：" + value);
  }
}
