package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Personal data a form carried (names, identity numbers, incomes …) leaves the case as soon as the step that
 * read it is done: after every user task and every start event of a process, the platform removes the
 * variables the process declares in {@link ProcessDescription#personalDataVariables()}. The task's listeners
 * have stored them in the process's own records by then; {@link PersonalDataHistoryFilter} keeps them out of
 * the engine's history. No process writes this clean-up itself.
 */
@Component
public class PersonalFieldCleanup extends AbstractProcessEnginePlugin {

  private final ProcessDescriptions descriptions;

  public PersonalFieldCleanup(ObjectProvider<ProcessDescription> descriptions) {
    this.descriptions = new ProcessDescriptions(descriptions);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new ParseListener(this::removePersonalData));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Removes the declared personal-data variables of the execution's process from the case. */
  void removePersonalData(DelegateExecution execution) {
    String key = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    ProcessDescription description = descriptions.forKey(key);
    Set<String> names = description == null ? Set.of() : description.personalDataVariables();
    for (String name : names) {
      if (execution.hasVariable(name)) {
        execution.removeVariable(name);
      }
    }
  }

  /** Adds the clean-up as the last {@code end} listener of user tasks and of a process's start events. */
  static final class ParseListener extends AbstractBpmnParseListener {

    private final ExecutionListener cleanup;

    ParseListener(ExecutionListener cleanup) {
      this.cleanup = cleanup;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, cleanup);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, cleanup);
    }
  }
}
