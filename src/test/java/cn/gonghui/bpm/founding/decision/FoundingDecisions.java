package cn.gonghui.bpm.founding.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * Test helper for the union-founding DMN tables: loads a table from the class path (the build copies
 * {@code processes/} there) and evaluates it with the plain Camunda DMN engine, without a process engine.
 */
final class FoundingDecisions {

  static final String ORGANISATION_FORM = "union-organisation-form";
  static final String APPROVAL_AUTHORITY = "union-founding-approval-authority";
  static final String CADRE_ELIGIBILITY = "union-cadre-eligibility";
  static final String EIGHT_HAVES = "union-eight-haves";

  static final List<String> ALL_KEYS =
      List.of(ORGANISATION_FORM, APPROVAL_AUTHORITY, CADRE_ELIGIBILITY, EIGHT_HAVES);

  /** One engine for all tests: building it is the slow part, evaluating is cheap and thread-safe. */
  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private FoundingDecisions() {}

  /** Class-path location of a decision's file; the file name is the decision key. */
  static String resourcePath(String decisionKey) {
    return "processes/union-founding/" + decisionKey + ".dmn";
  }

  static InputStream open(String decisionKey) {
    InputStream in = FoundingDecisions.class.getClassLoader().getResourceAsStream(resourcePath(decisionKey));
    assertThat(in).as("class-path resource %s", resourcePath(decisionKey)).isNotNull();
    return in;
  }

  /** Parses the decision with the given key from its own file. */
  static DmnDecision parse(String decisionKey) {
    try (InputStream in = open(decisionKey)) {
      return ENGINE.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
    return ENGINE.evaluateDecision(decision, variables);
  }
}
