package cn.gonghui.bpm.platform;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Evaluates the analysts' decision tables on behalf of the system, for a rule a service applies (a
 * household's hardship category, a nominee's eligibility): clerks may not evaluate decisions themselves, but
 * the rules apply to what they submit. Inside an engine command (a listener) the command's authorization is
 * suspended; elsewhere (an /api call) the caller's authentication is set aside for the evaluation.
 */
@Component
public class SystemDecisions {

  private final DecisionService decisions;
  private final IdentityService identity;

  public SystemDecisions(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  /** The latest version of the decision {@code key} evaluated on {@code variables}. */
  public DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(() -> evaluateNow(key, variables));
    }
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return evaluateNow(key, variables);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * {@link #evaluate} for a table whose inputs are personal data (incomes, illnesses, family circumstances):
   * the engine writes no decision history for it ({@link PersonalDataHistoryFilter}). The caller keeps the
   * outcome in its own records.
   */
  public DmnDecisionResult evaluateWithoutHistory(String key, Map<String, Object> variables) {
    boolean outer = PersonalDataHistoryFilter.DECISION_ON_PERSONAL_DATA.get();
    PersonalDataHistoryFilter.DECISION_ON_PERSONAL_DATA.set(true);
    try {
      return evaluate(key, variables);
    } finally {
      PersonalDataHistoryFilter.DECISION_ON_PERSONAL_DATA.set(outer);
    }
  }

  private DmnDecisionResult evaluateNow(String key, Map<String, Object> variables) {
    return decisions.evaluateDecisionByKey(key).variables(variables).evaluate();
  }
}
