package cn.gonghui.bpm.platform.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a well-formed JSON body must still not carry, found before any of it reaches Camunda or a
 * controller, each with the field to name:
 *
 * <ul>
 *   <li>anywhere: a NUL character or a surrogate without its pair, in a value or a name (PostgreSQL cannot
 *       store them, H2 would);
 *   <li>in the engine's variables ({@code variables}, {@code modifications}, {@code processVariables}, …, and
 *       the body of {@code PUT …/variables/{name}}): an entry that is not {@code {value, type?, valueInfo?}}, an
 *       unknown type, or a value that is not of its declared type (a fraction or text for a Long, a broken date
 *       or Json, a Java-serialized object).
 * </ul>
 */
public final class JsonBodyCheck {

  /** A problem: the field to name and the Chinese message. */
  public record Problem(String field, String message) {}

  /** Names of the objects that hold variables in Camunda's REST API. */
  static final Set<String> VARIABLE_MAPS =
      Set.of(
          "variables",
          "modifications",
          "processVariables",
          "processVariablesLocal",
          "processVariablesToTriggeredScope",
          "localVariables",
          "variablesLocal",
          "correlationKeys",
          "localCorrelationKeys");

  /** Names that only structure a body: a problem below them is named by the field above. */
  static final Set<String> STRUCTURE =
      Set.of("value", "type", "valueInfo", "variables", "modifications", "processVariables", "processVariablesLocal",
          "localVariables", "variablesLocal", "startInstructions", "instructions", "correlationKeys", "localCorrelationKeys",
          "processVariablesToTriggeredScope");

  private static final Set<String> TYPES =
      Set.of("string", "boolean", "bytes", "short", "integer", "long", "double", "date", "null", "object", "json", "xml", "file");

  private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private JsonBodyCheck() {}

  /**
   * The first problem of a parsed body, or null.
   *
   * @param variableName for {@code PUT …/variables/{name}}: the variable the whole body is; else null
   * @param engine whether the body goes to the engine's API (its variables are checked)
   */
  public static Problem problem(JsonNode root, boolean engine, String variableName) {
    Problem text = text(root);
    if (text != null || !engine) {
      return text;
    }
    if (variableName != null) {
      return variable(variableName, root);
    }
    return variables(root);
  }

  // ---- NUL and lone surrogates anywhere -----------------------------------------------------------

  private record Step(JsonNode node, String name, String field) {}

  private static Problem text(JsonNode root) {
    Deque<Step> todo = new ArrayDeque<>();
    todo.push(new Step(root, null, null));
    while (!todo.isEmpty()) {
      Step step = todo.pop();
      JsonNode node = step.node();
      if (node.isTextual() && unsafe(node.textValue())) {
        return unstorable(step.field());
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          String name = entry.getKey();
          if (unsafe(name)) {
            return unstorable(shown(name));
          }
          String field = STRUCTURE.contains(name) ? step.field() : name;
          todo.push(new Step(entry.getValue(), name, field));
        }
      } else if (node.isArray()) {
        for (JsonNode element : node) {
          todo.push(new Step(element, step.name(), step.field()));
        }
      }
    }
    return null;
  }

  private static Problem unstorable(String field) {
    return new Problem(field, (field == null ? "请求内容" : "「" + field + "」") + "含有空字符或不完整的字符，无法保存");
  }

  /** NUL or a surrogate without its pair: nothing a clerk types, and not storable everywhere. */
  public static boolean unsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  // ---- the engine's variables ---------------------------------------------------------------------

  private static Problem variables(JsonNode root) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isArray()) {
        node.forEach(todo::push);
        continue;
      }
      if (!node.isObject()) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode value = entry.getValue();
        if (VARIABLE_MAPS.contains(entry.getKey()) && value.isObject()) {
          for (Iterator<Map.Entry<String, JsonNode>> vars = value.fields(); vars.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = vars.next();
            Problem problem = variable(variable.getKey(), variable.getValue());
            if (problem != null) {
              return problem;
            }
          }
        } else if (value.isContainerNode()) {
          todo.push(value);
        }
      }
    }
    return null;
  }

  /** One variable {@code {value, type?, valueInfo?}}: its value must be what its type says. */
  static Problem variable(String name, JsonNode spec) {
    String field = shown(name);
    if (!spec.isObject()) {
      return new Problem(field, "「" + field + "」格式不正确，应为 {\"value\": …, \"type\": …}");
    }
    JsonNode value = spec.path("value");
    JsonNode typeNode = spec.get("type");
    if (typeNode == null || typeNode.isNull()) {
      return null;
    }
    if (!typeNode.isTextual() || typeNode.textValue().isEmpty()) {
      return new Problem(field, "「" + field + "」的类型不正确");
    }
    String given = typeNode.textValue();
    String type = Character.toLowerCase(given.charAt(0)) + given.substring(1);
    if (!TYPES.contains(type)) {
      return new Problem(field, "「" + field + "」的类型「" + shown(given) + "」不存在");
    }
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    String problem =
        switch (type) {
          case "short" -> whole(value, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
          case "integer" -> whole(value, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
          case "long" -> whole(value, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
          case "double" -> decimal(value);
          case "boolean" -> value.isBoolean() || (value.isTextual() && Set.of("true", "false").contains(value.textValue()))
              ? null
              : "只能是 true 或 false";
          case "date" -> date(value);
          case "json" -> json(value);
          case "object" -> object(value, spec.path("valueInfo"));
          case "bytes", "file" -> base64(value);
          case "string", "xml" -> value.isTextual() ? null : "应为文本";
          default -> null;
        };
    return problem == null ? null : new Problem(field, "「" + field + "」" + problem);
  }

  private static String whole(JsonNode value, BigInteger min, BigInteger max) {
    BigDecimal number = number(value);
    if (number == null) {
      return "必须是整数";
    }
    BigInteger whole;
    try {
      whole = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      return "必须是整数";
    }
    return whole.compareTo(min) < 0 || whole.compareTo(max) > 0 ? "数值超出范围" : null;
  }

  private static String decimal(JsonNode value) {
    if (value.isNumber()) {
      return Double.isFinite(value.doubleValue()) ? null : "数值超出范围";
    }
    return number(value) == null ? "必须是数字" : null;
  }

  private static BigDecimal number(JsonNode value) {
    if (value.isNumber()) {
      return Double.isFinite(value.doubleValue()) || value.isBigDecimal() || value.isBigInteger() ? value.decimalValue() : null;
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.textValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String date(JsonNode value) {
    if (!value.isTextual()) {
      return "日期格式不正确";
    }
    String text = value.textValue().trim();
    try {
      CAMUNDA_DATE.parse(text);
      return null;
    } catch (DateTimeParseException notCamunda) {
      // other ISO forms below
    }
    try {
      OffsetDateTime.parse(text);
      return null;
    } catch (DateTimeParseException notOffset) {
      try {
        LocalDateTime.parse(text);
        return null;
      } catch (DateTimeParseException notLocal) {
        try {
          LocalDate.parse(text);
          return null;
        } catch (DateTimeParseException notDate) {
          return "日期格式不正确，应为 2025-05-20T00:00:00.000+0800";
        }
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private static String json(JsonNode value) {
    if (!value.isTextual()) {
      return value.isContainerNode() ? null : "不是有效的 JSON";
    }
    try {
      JSON.readTree(value.textValue());
      return null;
    } catch (java.io.IOException e) {
      return "不是有效的 JSON";
    }
  }

  private static String object(JsonNode value, JsonNode valueInfo) {
    String format = valueInfo.path("serializationDataFormat").asText("");
    if (format.toLowerCase(Locale.ROOT).contains("java")) {
      return "不接受 Java 序列化的对象";
    }
    return value.isTextual() && format.toLowerCase(Locale.ROOT).contains("json") ? json(value) : null;
  }

  private static String base64(JsonNode value) {
    if (!value.isTextual()) {
      return "格式不正确";
    }
    try {
      Base64.getDecoder().decode(value.textValue());
      return null;
    } catch (IllegalArgumentException e) {
      return "格式不正确";
    }
  }

  /** A name as it may be echoed in an answer: printable, at most 64 characters. */
  public static String shown(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder safe = new StringBuilder();
    name.codePoints()
        .limit(64)
        .forEach(cp -> safe.appendCodePoint(
            Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE ? '?' : cp));
    return safe.toString();
  }
}
