package cn.gonghui.bpm.platform.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The input fields a Camunda Form declares (schema as the Camunda Modeler writes it): each field's key,
 * component type, Chinese label and the limits it states. Display components (text, html, table, …) have
 * no key and are no inputs. Fields inside groups count as the form's own; a group or dynamic list with a
 * {@code path} is one structured field named by its path.
 */
public record FormSchema(String formId, Map<String, Field> fields) {

  /** Default maximum length of a one-line text field that states none. */
  static final int DEFAULT_TEXT_LENGTH = 500;

  /** Default maximum length of a text area that states none. */
  static final int DEFAULT_TEXTAREA_LENGTH = 20_000;

  /** Default bound of a number field that states none. */
  static final double DEFAULT_NUMBER_BOUND = 1_000_000_000d;

  /** How a field's value is checked. */
  public enum Kind {
    TEXT,
    MULTILINE_TEXT,
    NUMBER,
    BOOLEAN,
    CHOICE,
    CHOICES,
    DATE,
    STRUCTURED
  }

  /** One input field. */
  public record Field(
      String key,
      Kind kind,
      String label,
      int maxLength,
      double min,
      double max,
      boolean integer,
      Set<String> options,
      boolean readonly) {

    /** The label shown to the clerk, or the key when the form gives none. */
    public String displayName() {
      return label == null || label.isBlank() ? key : label;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormSchema read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(null), Collections.unmodifiableMap(fields));
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      String path = text(component, "path");
      if ((type.equals("group") || type.equals("dynamiclist")) && path != null) {
        fields.put(path, field(component, path, Kind.STRUCTURED));
        continue;
      }
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      String key = text(component, "key");
      if (key == null) {
        continue;
      }
      Kind kind =
          switch (type) {
            case "textfield" -> Kind.TEXT;
            case "textarea" -> Kind.MULTILINE_TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.CHOICES;
            case "datetime" -> Kind.DATE;
            default -> null;
          };
      if (kind != null) {
        fields.put(key, field(component, key, kind));
      }
    }
  }

  private static Field field(JsonNode component, String key, Kind kind) {
    JsonNode validate = component.path("validate");
    int maxLength =
        validate.has("maxLength")
            ? validate.path("maxLength").asInt()
            : kind == Kind.MULTILINE_TEXT ? DEFAULT_TEXTAREA_LENGTH : DEFAULT_TEXT_LENGTH;
    double min = validate.has("min") ? validate.path("min").asDouble() : -DEFAULT_NUMBER_BOUND;
    double max = validate.has("max") ? validate.path("max").asDouble() : DEFAULT_NUMBER_BOUND;
    boolean integer = !component.has("decimalDigits") || component.path("decimalDigits").asInt() == 0;
    Set<String> options = new LinkedHashSet<>();
    for (JsonNode value : component.path("values")) {
      options.add(value.path("value").asText());
    }
    boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
    return new Field(key, kind, text(component, "label"), maxLength, min, max, integer, Set.copyOf(options), readonly);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }
}
