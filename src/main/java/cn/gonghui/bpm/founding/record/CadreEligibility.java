package cn.gonghui.bpm.founding.record;

import static cn.gonghui.bpm.founding.FoundingProcess.DECISION_CADRE_ELIGIBILITY;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/** Asks the analysts' table {@code union-cadre-eligibility} whether a nominee may hold a position. */
@Component
public class CadreEligibility {

  /** The table's answer. */
  public record Verdict(boolean eligible, String reason) {}

  private final DecisionService decisionService;

  public CadreEligibility(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Verdict check(Position position, boolean isMember, boolean isOwnerOrCloseRelative) {
    // Clerks may not evaluate decisions themselves; this check runs on their behalf inside the engine command.
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return evaluate(position, isMember, isOwnerOrCloseRelative);
    }
    return commandContext.runWithoutAuthorization(() -> evaluate(position, isMember, isOwnerOrCloseRelative));
  }

  private Verdict evaluate(Position position, boolean isMember, boolean isOwnerOrCloseRelative) {
    DmnDecisionResultEntries result =
        decisionService
            .evaluateDecisionByKey(DECISION_CADRE_ELIGIBILITY)
            .variables(
                Map.of(
                    "position", position.eligibilityPosition(),
                    "isMember", isMember,
                    "isOwnerOrCloseRelative", isOwnerOrCloseRelative))
            .evaluate()
            .getFirstResult();
    if (result == null) {
      // No rule matched: the table gives no permission, so the nominee is refused (fail safe).
      return new Verdict(false, "任职资格规则未给出结论，请联系流程分析员检查决策表");
    }
    Object eligible = result.getEntry("eligible");
    Object reason = result.getEntry("reason");
    return new Verdict(Boolean.TRUE.equals(eligible), reason == null ? "" : reason.toString());
  }
}
