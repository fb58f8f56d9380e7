package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
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
 *
 * <p>The transaction that starts a case (start event up to its first wait state) leaves the values the case
 * starts with, not every step that computed them: it writes no ACT_HI_DETAIL rows (its variables' values
 * are in ACT_HI_VARINST), and a start input that the start moves into the process's own tables and removes
 * (e.g. the enterprise's details, which go to the ledger) leaves no ACT_HI_VARINST row. This keeps the
 * history of an open case at a few rows per variable (docs/performance.md); every later change, such as a
 * clerk's decision on a task, is recorded in ACT_HI_DETAIL as before. Nor does a variable that lives only
 * inside that transaction leave a row: an activity's input mappings (e.g. {@code fromUnit}, {@code level} and
 * {@code resultVariable} of the step that finds the approving unit) end with their activity before the case
 * first waits.
 *
 * <p>A variable that only copies data kept elsewhere for display ({@link ProcessDescription#displayCopies()}: the
 * unit's name on every case, {@link CaseVariables#ORG_UNIT_NAME}, for the task cards; the founding's enterprise
 * name, from the ledger) is not something that happened in the case: it has no history (the unit is in
 * {@link CaseVariables#ORG_UNIT_CODE} and the case's tenant, the enterprise in the ledger and the business key).
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

  /** The variables created so far by the command that starts a case (one list per command context). */
  private static final ThreadLocal<FirstTransactionVariables> FIRST_TRANSACTION_VARIABLES = new ThreadLocal<>();

  /** Set while {@link SystemDecisions#evaluateWithoutHistory} evaluates a table on personal data. */
  static final ThreadLocal<Boolean> DECISION_ON_PERSONAL_DATA = ThreadLocal.withInitial(() -> false);

  private final ObjectProvider<ProcessDescription> declarations;
  private volatile Set<String> names;
  private volatile Set<String> displayCopies;

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

  /** Whether the event is about a variable that only copies other data for display. */
  boolean isDisplayCopy(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable && displayCopies().contains(variable.getVariableName());
  }

  private Set<String> displayCopies() {
    Set<String> known = displayCopies;
    if (known == null) {
      Set<String> collected = new HashSet<>(collect(ProcessDescription::displayCopies));
      collected.add(CaseVariables.ORG_UNIT_NAME);
      displayCopies = known = Set.copyOf(collected);
    }
    return known;
  }

  private Set<String> names() {
    Set<String> known = names;
    if (known == null) {
      names = known = collect(ProcessDescription::personalDataVariables);
    }
    return known;
  }

  /** A name set of every process description (read once: the descriptions are beans, fixed at start-up). */
  private Set<String> collect(Function<ProcessDescription, Set<String>> of) {
    Set<String> collected = new HashSet<>();
    declarations.forEach(declaration -> collected.addAll(of.apply(declaration)));
    return Set.copyOf(collected);
  }

  /** The engine's database history handler, skipping personal-data variable events. */
  private final class FilteringDbHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (isPersonalData(event) || isDisplayCopy(event) || removedInItsCasesFirstTransaction(event)) {
        return;
      }
      setAgainInItsCasesFirstTransaction(event);
      super.handleEvent(event);
      rememberCreatedInItsCasesFirstTransaction(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && !inCasesFirstTransaction(event);
    }
  }

  /**
   * A variable removed in the transaction that created its case (and the variable): its history row, not
   * yet written, is dropped instead of being marked deleted.
   */
  static boolean removedInItsCasesFirstTransaction(HistoryEvent event) {
    if (!(event instanceof HistoricVariableUpdateEventEntity variable)
        || !variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)
        || !inCasesFirstTransaction(variable)) {
      return false;
    }
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    HistoricVariableInstanceEntity row =
        entities.getCachedEntity(HistoricVariableInstanceEntity.class, variable.getVariableInstanceId());
    if (row == null || !entities.getDbEntityCache().isTransient(row)) {
      return false;
    }
    entities.delete(row);
    return true;
  }

  /**
   * A variable removed and set again in that transaction (the engine then reuses the removed variable, e.g. the
   * enterprise's name, replaced by the ledger's): its dropped history row is taken back before it is updated.
   */
  static void setAgainInItsCasesFirstTransaction(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable
        && variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
        && inCasesFirstTransaction(variable)) {
      DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
      HistoricVariableInstanceEntity row = cache.get(HistoricVariableInstanceEntity.class, variable.getVariableInstanceId());
      if (row != null && cache.isDeleted(row)) {
        cache.undoDelete(row);
      }
    }
  }

  /**
   * A variable created in the transaction that created its case: checked when that transaction ends (before
   * anything is written), see {@link FirstTransactionVariables}.
   */
  static void rememberCreatedInItsCasesFirstTransaction(HistoryEvent event) {
    if (!(event instanceof HistoricVariableUpdateEventEntity variable)
        || !variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        || !inCasesFirstTransaction(variable)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    FirstTransactionVariables pending = FIRST_TRANSACTION_VARIABLES.get();
    if (pending == null || pending.context != context) {
      pending = new FirstTransactionVariables(context);
      FIRST_TRANSACTION_VARIABLES.set(pending);
      context.registerCommandContextListener(pending);
    }
    pending.ids.add(variable.getVariableInstanceId());
  }

  /**
   * The variables a case's first transaction created: when the transaction closes, the history row of each
   * one that is already gone again (its runtime variable deleted in the same transaction, as an activity's
   * input mappings are when the activity ends) is dropped before it is written. The engine itself records no
   * deletion for such variables, so without this they would stay in ACT_HI_VARINST for good.
   */
  static final class FirstTransactionVariables implements CommandContextListener {
    final CommandContext context;
    final List<String> ids = new ArrayList<>();

    FirstTransactionVariables(CommandContext context) {
      this.context = context;
    }

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      FIRST_TRANSACTION_VARIABLES.remove();
      DbEntityManager entities = commandContext.getDbEntityManager();
      DbEntityCache cache = entities.getDbEntityCache();
      for (String id : ids) {
        VariableInstanceEntity runtime = cache.get(VariableInstanceEntity.class, id);
        HistoricVariableInstanceEntity row = cache.get(HistoricVariableInstanceEntity.class, id);
        if (runtime != null && cache.isDeleted(runtime) && row != null && cache.isTransient(row) && !cache.isDeleted(row)
            && row.getByteArrayId() == null) {
          entities.delete(row);
        }
      }
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
      FIRST_TRANSACTION_VARIABLES.remove();
    }
  }

  /** Whether the event happens in the command that started its process instance (not yet in the database). */
  static boolean inCasesFirstTransaction(HistoryEvent event) {
    CommandContext context = Context.getCommandContext();
    if (context == null || event.getProcessInstanceId() == null) {
      return false;
    }
    DbEntityManager entities = context.getDbEntityManager();
    HistoricProcessInstanceEventEntity instance =
        entities.getCachedEntity(HistoricProcessInstanceEventEntity.class, event.getProcessInstanceId());
    return instance != null && entities.getDbEntityCache().isTransient(instance);
  }
}
