package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EIGHT_HAVES_DELAY;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_RECTIFICATION_PERIOD;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The founding's two waiting periods as the model reads them ({@code ${foundingPeriods.eightHavesDelay(execution)}}):
 * the case's own value when an administrator set one at start, else the configured one. Kept out of the
 * case's variables otherwise, so a case carries (and its history stores) no copy of a setting.
 */
@Component("foundingPeriods")
public class FoundingPeriods {

  private final String eightHavesDelay;
  private final String rectificationPeriod;

  public FoundingPeriods(
      @Value("${gonghui.founding.eight-haves-delay:P30D}") String eightHavesDelay,
      @Value("${gonghui.founding.rectification-period:P30D}") String rectificationPeriod) {
    this.eightHavesDelay = eightHavesDelay;
    this.rectificationPeriod = rectificationPeriod;
  }

  /** How long after the founding the 八有 check is due. */
  public String eightHavesDelay(VariableScope scope) {
    Object own = scope.getVariable(VAR_EIGHT_HAVES_DELAY);
    return own == null ? eightHavesDelay : own.toString();
  }

  /** How long a rectification may take before it is flagged overdue. */
  public String rectificationPeriod(VariableScope scope) {
    Object own = scope.getVariable(VAR_RECTIFICATION_PERIOD);
    return own == null ? rectificationPeriod : own.toString();
  }
}
