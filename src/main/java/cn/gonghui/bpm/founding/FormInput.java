package cn.gonghui.bpm.founding;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.TextHygiene;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads and checks one value a clerk entered (a Camunda Form field, a JSON property): a missing or bad
 * value throws {@link InvalidInputException} with the field's Chinese name, before anything is written.
 */
public final class FormInput {

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
