package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The platform's DMN engine (FEEL parsed once) answers every deployed decision table exactly as Camunda's
 * default engine does, for every combination of typical inputs, including the failures.
 */
class CachingFeelEngineTest {

  private static final DmnEngine CAMUNDA = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnEngine PLATFORM = CachingDmnEngine.dmnEngineConfiguration().buildEngine();
  private static final Pattern INPUT =
      Pattern.compile("<inputExpression[^>]*typeRef=\"([a-z]+)\"[^>]*>\\s*<text>([^<]+)</text>");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"&]*)\"");

  @Test
  void everyDecisionTableAnswersAsWithCamundasEngine() throws Exception {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.dmn");
    assertThat(files).isNotEmpty();
    int compared = 0;
    for (Resource file : files) {
      String xml = new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      List<DmnDecision> camunda;
      List<DmnDecision> platform;
      try (InputStream a = file.getInputStream(); InputStream b = file.getInputStream()) {
        camunda = CAMUNDA.parseDecisions(a);
        platform = PLATFORM.parseDecisions(b);
      }
      Map<String, List<Object>> domains = domains(xml);
      for (Map<String, Object> variables : combinations(domains)) {
        for (int d = 0; d < camunda.size(); d++) {
          assertThat(answer(PLATFORM, platform.get(d), variables))
              .as("%s with %s", camunda.get(d).getKey(), variables)
              .isEqualTo(answer(CAMUNDA, camunda.get(d), variables));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void aWrongExpressionFailsWithCamundasMessage() {
    CachingFeelEngine engine = new CachingFeelEngine();
    var context = Variables.createVariables().putValue("x", 3).asVariableContext();
    assertThat(engine.evaluateSimpleUnaryTests("> 2", "x", context)).isTrue();
    assertThat(engine.evaluateSimpleUnaryTests("> 2", "x", Variables.createVariables().putValue("x", 1).asVariableContext())).isFalse();
    String camunda = message(() -> new org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine(List.of()).evaluateSimpleUnaryTests("> > 2", "x", context));
    assertThat(message(() -> engine.evaluateSimpleUnaryTests("> > 2", "x", context))).isNotNull().isEqualTo(camunda);
  }

  private static String message(Runnable evaluation) {
    try {
      evaluation.run();
      return null;
    } catch (FeelException e) {
      return e.getMessage();
    }
  }

  private static Object answer(DmnEngine engine, DmnDecision decision, Map<String, Object> variables) {
    try {
      return engine.evaluateDecision(decision, variables).getResultList();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Per input variable: typical values of its type, the table's own literals and null. */
  private static Map<String, List<Object>> domains(String xml) {
    List<Object> literals = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(xml.replace("&#34;", "\"").replace("&quot;", "\""));
    while (quoted.find()) {
      if (!literals.contains(quoted.group(1)) && literals.size() < 12) {
        literals.add(quoted.group(1));
      }
    }
    Map<String, List<Object>> domains = new HashMap<>();
    Matcher input = INPUT.matcher(xml);
    while (input.find()) {
      List<Object> values = new ArrayList<>();
      switch (input.group(1)) {
        case "integer", "long" -> values.addAll(List.of(0, 1, 2, 7, 8, 9, 30, 49, 50, 51, 200));
        case "boolean" -> values.addAll(List.of(true, false));
        default -> {
          values.addAll(literals);
          values.add("其他");
        }
      }
      values.add(null);
      domains.put(input.group(2).trim(), values);
    }
    return domains;
  }

  /** All combinations for up to three variables; beyond that, each variable varied alone. */
  private static List<Map<String, Object>> combinations(Map<String, List<Object>> domains) {
    List<Map<String, Object>> result = new ArrayList<>();
    List<String> names = new ArrayList<>(domains.keySet());
    if (names.size() <= 3) {
      result.add(new HashMap<>());
      for (String name : names) {
        List<Map<String, Object>> next = new ArrayList<>();
        for (Map<String, Object> partial : result) {
          for (Object value : domains.get(name)) {
            Map<String, Object> copy = new HashMap<>(partial);
            copy.put(name, value);
            next.add(copy);
          }
        }
        result = next;
      }
      return result;
    }
    for (String varied : names) {
      for (Object value : domains.get(varied)) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : names) {
          variables.put(name, name.equals(varied) ? value : domains.get(name).get(0));
        }
        result.add(variables);
      }
    }
    return result;
  }
}
