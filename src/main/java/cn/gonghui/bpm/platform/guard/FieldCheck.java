package cn.gonghui.bpm.platform.guard;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.guard.FormSchema.Field;
import cn.gonghui.bpm.platform.input.TextHygiene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks one submitted value against the form field that declares it: its type (text where text is
 * expected, a whole number where the form wants one, yes/no for a checkbox, one of the offered choices),
 * its length and bounds, and the text rules of {@link TextHygiene}. Throws {@link InvalidInputException}
 * naming the field; the listener behind the form then checks what the value means.
 */
final class FieldCheck {

  /** The largest structured (JSON) value a form may submit, in characters. */
  static final int MAX_STRUCTURED_LENGTH = 100_000;

  private FieldCheck() {}

  static void check(Field field, Object submitted) {
    Object value = plain(submitted);
    if (value == null) {
      return;
    }
    switch (field.kind()) {
      case TEXT, MULTILINE_TEXT -> text(field, value);
      case DATE -> date(field, value);
      case CHOICE -> choice(field, value);
      case NUMBER -> number(field, value);
      case BOOLEAN -> bool(field, value);
      case CHOICES -> choices(field, value);
      case STRUCTURED -> structured(field, value);
    }
  }

  /** The value behind a typed value; a serialized object that was not deserialized stays serialized. */
  static Object plain(Object value) {
    if (value instanceof ObjectValue object && !object.isDeserialized()) {
      return new Serialized(object.getSerializationDataFormat(), object.getValueSerialized());
    }
    if (value instanceof TypedValue typed) {
      return typed.getValue();
    }
    return value;
  }

  /** An object value as the client sent it (e.g. a "Json" or "Object" typed value). */
  record Serialized(String format, String text) {}

  private static String text(Field field, Object value) {
    if (!(value instanceof String text)) {
      throw invalid(field, "应为文本");
    }
    String problem = TextHygiene.problem(text, field.kind() == FormSchema.Kind.MULTILINE_TEXT);
    if (problem != null) {
      throw invalid(field, problem);
    }
    if (text.length() > field.maxLength()) {
      throw invalid(field, "不能超过" + field.maxLength() + "个字");
    }
    return text;
  }

  private static void date(Field field, Object value) {
    String text = text(field, value).trim();
    if (text.isEmpty()) {
      return;
    }
    try {
      if (text.length() <= 10) {
        LocalDate.parse(text);
      } else {
        OffsetDateTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      try {
        LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        if (text.length() > 10 && text.charAt(10) != 'T') {
          throw e;
        }
      } catch (DateTimeParseException | StringIndexOutOfBoundsException notADate) {
        throw invalid(field, "日期格式不正确，应为年-月-日，例如 2025-05-20");
      }
    }
  }

  private static void choice(Field field, Object value) {
    String text = text(field, value);
    if (!text.isEmpty() && !field.options().isEmpty() && !field.options().contains(text)) {
      throw invalid(field, "只能选择表单提供的选项");
    }
  }

  private static void number(Field field, Object value) {
    double number;
    if (value instanceof Number n) {
      number = n instanceof BigDecimal decimal ? decimal.doubleValue() : n.doubleValue();
    } else if (value instanceof String text) {
      if (text.isBlank()) {
        return;
      }
      try {
        number = new BigDecimal(text.trim()).doubleValue();
      } catch (NumberFormatException e) {
        throw invalid(field, "应为数字");
      }
    } else {
      throw invalid(field, "应为数字");
    }
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw invalid(field, "应为数字");
    }
    if (field.integer() && number != Math.rint(number)) {
      throw invalid(field, "必须是整数");
    }
    if (number < field.min() || number > field.max()) {
      throw invalid(field, "应在" + format(field.min()) + "到" + format(field.max()) + "之间");
    }
  }

  private static void bool(Field field, Object value) {
    if (value instanceof Boolean) {
      return;
    }
    if (value instanceof String text
        && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") || text.equals("是") || text.equals("否"))) {
      return;
    }
    throw invalid(field, "只能是“是”或“否”");
  }

  private static void choices(Field field, Object value) {
    List<Object> items = items(value);
    if (items == null) {
      throw invalid(field, "应为选项列表");
    }
    for (Object item : items) {
      if (!(item instanceof String text) || (!field.options().isEmpty() && !field.options().contains(text))) {
        throw invalid(field, "只能选择表单提供的选项");
      }
    }
  }

  private static void structured(Field field, Object value) {
    String text =
        value instanceof Serialized serialized
            ? serialized.text()
            : value instanceof SpinJsonNode json ? json.toString() : String.valueOf(value);
    if (!(value instanceof Serialized || value instanceof SpinJsonNode || value instanceof Collection<?>
        || value instanceof Map<?, ?>)) {
      throw invalid(field, "格式不正确");
    }
    if (text != null && text.length() > MAX_STRUCTURED_LENGTH) {
      throw invalid(field, "内容过多");
    }
  }

  /** The items of a list value (a Java collection or a JSON array of strings), or null. */
  private static List<Object> items(Object value) {
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      List<Object> items = new ArrayList<>();
      for (SpinJsonNode element : json.elements()) {
        items.add(element.isString() ? element.stringValue() : element.toString());
      }
      return items;
    }
    return null;
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  static InvalidInputException invalid(Field field, String problem) {
    return new InvalidInputException(field.key(), field.displayName(), problem);
  }
}
