package cn.gonghui.bpm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Chinese translations of the Camunda web apps (docs/webapps-i18n.md).
 *
 * <p>For each app it compares our {@code locales/zh-CN.json} with the {@code en.json} of the
 * camunda-webapp-webjar on the class path, so a Camunda upgrade that adds, renames or removes
 * labels fails here with the list of keys to fix. It also checks that our {@code scripts/config.js}
 * overrides the shipped one, makes zh-CN the only (and fallback) locale, and is otherwise an
 * unchanged copy of the shipped file but for a few commented additions (an app name, our custom
 * scripts, which must exist). Plain JUnit, no Spring context.
 */
class WebappTranslationTest {

  private static final String APP_DIR = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final String LOCALE = "zh-CN";

  /**
   * English values that may stay without any Chinese character: brand names, abbreviations and
   * formats that read the same in Chinese.
   */
  private static final Set<String> LATIN_ALLOWED_VALUES =
      Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss");

  /** Keys holding moment.js date formats, which are format tokens, not text. */
  private static final Set<String> LATIN_ALLOWED_KEYS =
      Set.of(
          "dateLocales.calendar.sameElse",
          "dateLocales.longDateFormat.L",
          "dateLocales.longDateFormat.LT");

  /** English values that may be empty in Chinese: the plural suffix "s" (Chinese has none). */
  private static final Set<String> EMPTY_ALLOWED_VALUES = Set.of("s");

  /** {{…}} interpolations, printf/moment placeholders, {} counters, HTML tags and entities. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{\\{.*?}}|%[sd]|\\{}|</?(?:a|b|br|code|em|i|li|ol|p|span|strong|ul)\\b[^>]*>|&[a-z]+;");

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void chineseLabelsMatchEveryEnglishLabel(String app) throws IOException {
    Map<String, JsonNode> en = flatten(read(webjarResource(app, "locales/en.json")));
    URL ours = ourResource(app, "locales/" + LOCALE + ".json");
    Map<String, JsonNode> zh = flatten(read(ours));

    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<String> untranslated = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    List<String> obsolete = new ArrayList<>();

    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      String key = entry.getKey();
      JsonNode english = entry.getValue();
      JsonNode chinese = zh.get(key);
      if (chinese == null) {
        missing.add(key + " = " + english);
        continue;
      }
      if (!english.isTextual()) {
        if (english.getNodeType() != chinese.getNodeType()
            || (!english.isTextual() && !english.equals(chinese))) {
          wrongType.add(key + " (en " + english + ", zh " + chinese + ")");
        }
        continue;
      }
      if (!chinese.isTextual()) {
        wrongType.add(key + " (en is text, zh " + chinese + ")");
        continue;
      }
      String e = english.asText();
      String z = chinese.asText();
      if (!e.isBlank() && z.isBlank() && !EMPTY_ALLOWED_VALUES.contains(e)) {
        empty.add(key + " (en: \"" + e + "\")");
        continue;
      }
      List<String> ep = placeholders(e);
      List<String> zp = placeholders(z);
      if (!ep.equals(zp)) {
        placeholders.add(key + " en " + ep + " vs zh " + zp);
      }
      if (LATIN.matcher(e).find()
          && !HAN.matcher(z).find()
          && !LATIN_ALLOWED_VALUES.contains(e)
          && !LATIN_ALLOWED_KEYS.contains(key)
          && !(EMPTY_ALLOWED_VALUES.contains(e) && z.isEmpty())) {
        untranslated.add(key + " = \"" + z + "\" (en: \"" + e + "\")");
      }
    }
    for (String key : zh.keySet()) {
      if (!en.containsKey(key)) {
        obsolete.add(key);
      }
    }

    StringBuilder report = new StringBuilder();
    section(report, "keys of en.json missing in " + LOCALE + ".json (translate them)", missing);
    section(report, "empty Chinese text", empty);
    section(report, "placeholders ({{…}}, %s, {}, HTML tags) differ from English", placeholders);
    section(report, "no Chinese character (translate, or allow-list a brand name)", untranslated);
    section(report, "value type differs from English", wrongType);
    section(report, "keys English no longer has (remove them from " + LOCALE + ".json)", obsolete);
    if (report.length() > 0) {
      fail(app + ": " + ours + " is out of step with Camunda's en.json\n" + report);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void webAppsServeChineseWhateverTheBrowserLanguage(String app) throws IOException {
    String path = "scripts/config.js";
    List<URL> all = resources(app, path);
    assertTrue(
        all.size() >= 2, app + ": expected our config.js and the webjar's on the class path: " + all);
    URL first = all.get(0);
    assertTrue(
        !first.toString().contains(WEBJAR),
        app + ": the webjar's config.js comes first on the class path, ours would not be served: "
            + all);
    String ours = text(first);
    String shipped = text(webjarResource(app, path));

    Matcher block = OUR_LOCALES_BLOCK.matcher(ours);
    assertTrue(block.find(), app + ": config.js has no active `locales: {…}` block");
    assertEquals(
        List.of(LOCALE),
        quoted(block.group("available")),
        app + ": availableLocales must be exactly ['" + LOCALE + "'] (no browser language may"
            + " switch the web apps away from Chinese)");
    assertEquals(
        LOCALE,
        block.group("fallback"),
        app + ": fallbackLocale must be '" + LOCALE + "' (it is also the default language)");

    Matcher commented = SHIPPED_LOCALES_BLOCK.matcher(shipped);
    assertTrue(
        commented.find(),
        app + ": the shipped config.js no longer has the commented locales block; re-copy it");
    String oursWithoutBlock = ours.substring(0, block.start()) + ours.substring(block.end());
    Matcher additions = OUR_ADDED_BLOCK.matcher(oursWithoutBlock);
    StringBuilder oursWithoutBlocks = new StringBuilder();
    while (additions.find()) {
      if ("customScripts".equals(additions.group("property"))) {
        for (String script : quoted(additions.group("value"))) {
          List<URL> found = resources(app, script + ".js");
          assertTrue(
              !found.isEmpty() && !found.get(0).toString().contains(WEBJAR),
              app + ": config.js loads the custom script '" + script + "', which is not among our resources");
        }
      }
      additions.appendReplacement(oursWithoutBlocks, "");
    }
    additions.appendTail(oursWithoutBlocks);
    String shippedWithoutBlock =
        shipped.substring(0, commented.start()) + shipped.substring(commented.end());
    assertEquals(
        shippedWithoutBlock,
        oursWithoutBlocks.toString(),
        app + ": our config.js must equal the shipped one except for the locales block and the added"
            + " \"// gonghui-bpm:\" blocks (app, customScripts); copy the new shipped file and re-apply them");
  }

  /** Our block: the "gonghui-bpm" comment lines followed by the active locales object. */
  private static final Pattern OUR_LOCALES_BLOCK =
      Pattern.compile(
          "(?m)(?:^ *// gonghui-bpm:.*\\n(?:^ *//.*\\n)*)?"
              + "^ *locales: \\{\\s*availableLocales: \\[(?<available>[^\\]]*)],\\s*"
              + "fallbackLocale: '(?<fallback>[^']*)'\\s*},\\n");

  /**
   * A setting we add (the shipped file has it only as a commented example): "gonghui-bpm" comment lines
   * followed by an active {@code app: {…}} (the app's name) or {@code customScripts: […]} (our scripts).
   */
  private static final Pattern OUR_ADDED_BLOCK =
      Pattern.compile(
          "(?m)^ *// gonghui-bpm:.*\\n(?:^ *//.*\\n)*"
              + "^ *(?<property>app|customScripts): (?<value>\\{[^}]*}|\\[[^\\]]*]),\\n");

  /** The shipped, commented-out example block. */
  private static final Pattern SHIPPED_LOCALES_BLOCK =
      Pattern.compile(
          "(?m)^ *// ['\"]locales['\"]: \\{\\n^ *//.*availableLocales.*\\n^ *//.*fallbackLocale.*\\n"
              + "^ *// *},\\n");

  private static List<String> quoted(String list) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("['\"]([^'\"]*)['\"]").matcher(list);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  private static List<String> placeholders(String value) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group().startsWith("{{") ? m.group().replaceAll("\\s+", "") : m.group());
    }
    Collections.sort(found);
    return found;
  }

  private static void section(StringBuilder report, String title, List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    report.append("  ").append(keys.size()).append(' ').append(title).append(":\n");
    for (String key : keys) {
      report.append("    ").append(key).append('\n');
    }
  }

  /** Leaf values by dotted path; array elements as path[i]. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    flatten("", root, out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node);
    }
  }

  private static JsonNode read(URL url) throws IOException {
    return JSON.readTree(text(url));
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s; // Camunda's en.json starts with a BOM
    }
  }

  private static List<URL> resources(String app, String path) throws IOException {
    return Collections.list(
        WebappTranslationTest.class.getClassLoader().getResources(APP_DIR + app + "/" + path));
  }

  private static URL webjarResource(String app, String path) throws IOException {
    return resources(app, path).stream()
        .filter(url -> url.toString().contains(WEBJAR))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(app + "/" + path + " not found in " + WEBJAR + " on the class path"));
  }

  private static URL ourResource(String app, String path) throws IOException {
    List<URL> all = resources(app, path);
    if (all.isEmpty()) {
      throw new AssertionError(app + ": " + APP_DIR + app + "/" + path + " missing in our resources");
    }
    URL first = all.get(0);
    if (first.toString().contains(WEBJAR)) {
      throw new AssertionError(app + ": " + path + " comes from the webjar, not from us: " + all);
    }
    return first;
  }
}
