package cn.gonghui.bpm.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Test kit for the DMN tables under {@code processes/} (the build copies that folder to the class path): finds
 * a decision by its key alone, wherever its process folder is, and evaluates it with one shared plain Camunda
 * DMN engine, without a process engine.
 *
 * <p>The index is built once by scanning {@code processes/**}{@code /*.dmn}. The file name is the decision key
 * (house style); two files with the same name in different folders make the index fail, because the engine's
 * decision keys are global too.
 */
public final class DecisionTables {

  /** Where the build puts the models; the same pattern as the start-up deployer's. */
  static final String PATTERN = "classpath*:processes/**/*.dmn";

  private static final String ROOT = "processes/";

  /** Decision key → class-path location, e.g. {@code processes/hardship/hardship-category.dmn}. */
  private static final SortedMap<String, String> INDEX = scan();

  /** One engine for all tests: building it is the slow part, evaluating is cheap and thread-safe. */
  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static final Map<String, DmnDecision> PARSED = new ConcurrentHashMap<>();

  private DecisionTables() {}

  /** One input or output column of a table: the variable it reads (or the output name) and its type. */
  public record Column(String name, String type) {}

  /** Every decision key found under {@code processes/}, sorted. */
  public static Set<String> keys() {
    return Collections.unmodifiableSet(INDEX.keySet());
  }

  /** Class-path location of a decision's file. */
  public static String resourcePath(String decisionKey) {
    String path = INDEX.get(decisionKey);
    if (path == null) {
      throw new IllegalArgumentException(
          "No file " + decisionKey + ".dmn under processes/ on the class path; found " + INDEX.keySet());
    }
    return path;
  }

  /** Opens a decision's file; the caller closes the stream. */
  public static InputStream open(String decisionKey) {
    String path = resourcePath(decisionKey);
    InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Indexed but unreadable: " + path);
    }
    return in;
  }

  /** Parses the decision with the given key from its own file (once; later calls return the same decision). */
  public static DmnDecision parse(String decisionKey) {
    return PARSED.computeIfAbsent(
        decisionKey,
        key -> {
          try (InputStream in = open(key)) {
            return ENGINE.parseDecision(key, in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public static DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
    return ENGINE.evaluateDecision(decision, variables);
  }

  public static DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
    return evaluate(parse(decisionKey), variables);
  }

  /** The table's hit policy as the engine read it. */
  public static HitPolicy hitPolicy(DmnDecision decision) {
    return table(decision).getHitPolicyHandler().getHitPolicyEntry().getHitPolicy();
  }

  /** The input columns in order: the input expression (the variable read) and its type. */
  public static List<Column> inputs(DmnDecision decision) {
    return table(decision).getInputs().stream()
        .map(input -> input.getExpression())
        .map(expression -> new Column(expression.getExpression(), expression.getTypeDefinition().getTypeName()))
        .toList();
  }

  /** The output columns in order: the output name and its type. */
  public static List<Column> outputs(DmnDecision decision) {
    return table(decision).getOutputs().stream()
        .map(output -> new Column(output.getOutputName(), output.getTypeDefinition().getTypeName()))
        .toList();
  }

  /**
   * Rule by rule, the text of the entries in the input column reading {@code inputExpression} ("" = any value):
   * for tests about how a table is written, e.g. that a factor stays visible to analysts.
   */
  public static List<String> inputEntries(DmnDecision decision, String inputExpression) {
    int column = columnIndex(inputs(decision), inputExpression, decision);
    return table(decision).getRules().stream().map(rule -> text(rule.getConditions().get(column))).toList();
  }

  /** Rule by rule, the text of the entries in the output column {@code outputName}, e.g. to check row order. */
  public static List<String> outputEntries(DmnDecision decision, String outputName) {
    int column = columnIndex(outputs(decision), outputName, decision);
    return table(decision).getRules().stream().map(rule -> text(rule.getConclusions().get(column))).toList();
  }

  private static int columnIndex(List<Column> columns, String name, DmnDecision decision) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No column " + name + " in " + decision.getKey() + ": " + columns);
  }

  private static String text(DmnExpressionImpl entry) {
    return entry.getExpression() == null ? "" : entry.getExpression().strip();
  }

  private static DmnDecisionTableImpl table(DmnDecision decision) {
    if (!(decision.getDecisionLogic() instanceof DmnDecisionTableImpl table)) {
      throw new IllegalArgumentException(decision.getKey() + " is not a decision table");
    }
    return table;
  }

  private static SortedMap<String, String> scan() {
    SortedMap<String, String> index = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf("/" + ROOT);
        if (at < 0) {
          throw new IllegalStateException("Model outside " + ROOT + ": " + url);
        }
        String path = url.substring(at + 1);
        String file = path.substring(path.lastIndexOf('/') + 1);
        String key = file.substring(0, file.length() - ".dmn".length());
        String previous = index.put(key, path);
        if (previous != null && !previous.equals(path)) {
          throw new IllegalStateException("Decision key " + key + " in two files: " + previous + " and " + path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot scan " + PATTERN, e);
    }
    if (index.isEmpty()) {
      throw new IllegalStateException("No DMN file found by " + PATTERN + " (did the build copy processes/?)");
    }
    return index;
  }
}
