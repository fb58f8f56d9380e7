package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the engine's history as usual, except the variable events of {@link ProcessDescription#personalDataVariables() personal data}:
 * a clerk's form may carry a member roster with identity numbers for a moment (until its task listener has
 * checked and stored it and removed the variable); that value must not outlive the moment in
 * ACT_HI_VARINST / ACT_HI_DETAIL. Nor do the evaluations of a decision table that the system runs on personal data
 * ({@link SystemDecisions#evaluateWithoutHistory}: a household's income, a family's hardship), whose inputs would
 * otherwise land in ACT_HI_DEC_IN. Everything else, including routing flags and decisions, stays in history.
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

  /** Set while {@link SystemDecisions#evaluateWithoutHistory} evaluates a table on personal data. */
  static final ThreadLocal<Boolean> DECISION_ON_PERSONAL_DATA = ThreadLocal.withInitial(() -> false);

  private final ObjectProvider<ProcessDescription> declarations;
  private volatile Set<String> names;

  public PersonalDataHistoryFilter(ObjectProvider<ProcessDescription> declarations) {
    this.declarations = declarations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers =
        configuration.getCustomHistoryEventHandlers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new FilteringDbHistoryEventHandler());
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Whether the event is about a personal-data variable, or evaluates a decision on personal data. */
  boolean isPersonalData(HistoryEvent event) {
    if (event instanceof HistoricDecisionEvaluationEvent) {
      return DECISION_ON_PERSONAL_DATA.get();
    }
    return event instanceof HistoricVariableUpdateEventEntity variable
        && names().contains(variable.getVariableName());
  }

  private Set<String> names() {
    Set<String> known = names;
    if (known == null) {
      Set<String> collected = new HashSet<>();
      declarations.forEach(declaration -> collected.addAll(declaration.personalDataVariables()));
      names = known = Set.copyOf(collected);
    }
    return known;
  }

  /** The engine's database history handler, skipping personal-data variable events. */
  private final class FilteringDbHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isPersonalData(event)) {
        super.handleEvent(event);
      }
    }
  }
}
