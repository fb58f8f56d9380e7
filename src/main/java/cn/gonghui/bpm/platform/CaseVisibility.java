package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDecorator;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who sees which case, at a cost that does not grow with the cases elsewhere: every org unit (and every
 * body such as a chair meeting) is a Camunda tenant whose id is its group id, and the engine's tenant check
 * (an indexed {@code TENANT_ID_ in (…)} on every query) does the scoping. The organisation package makes a
 * unit's clerks members of the unit's tenant and a unit's managers members of the tenants of the unit and
 * of every unit below; the role groups hold a few {@code *} grants ({@link SecurityBootstrap}). No grant is
 * written per case or per task, so the authorization table stays as small as the org tree.
 *
 * <ul>
 *   <li>A case belongs to its owning unit: its process instance's tenant is the unit its
 *       {@link ProcessDescription#owningUnit(CaseStart) process description} names (or, for a start by the
 *       system or an administrator, the unit in {@link CaseVariables#ORG_UNIT_CODE}). A user's start is
 *       refused unless the case is for one of the user's own units. The platform then writes
 *       {@code orgUnitCode} itself, before any of the process's listeners run.
 *   <li>A task belongs to the unit it is offered to: its tenant is its candidate group's (e.g. the town
 *       union that approves a community's founding report), so the approving unit's clerks see the task and
 *       the community's clerks do not. A task offered to a group that is not a unit keeps the case's tenant.
 *   <li>No authorization rows for task candidates and assignees: the tenant does that work, and
 *       {@link WorkflowGuard} checks that whoever works on a task is in its candidate group.
 * </ul>
 */
@Component
public class CaseVisibility extends AbstractProcessEnginePlugin {

  private final ProcessDescriptions descriptions;

  public CaseVisibility(ObjectProvider<ProcessDescription> descriptions) {
    this.descriptions = new ProcessDescriptions(descriptions);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new CaseTenantProvider());
    configuration.setResourceAuthorizationProvider(new NoPerTaskGrants());
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new ParseListener());
  }

  /** Whether the current authentication is nobody (the engine itself) or an administrator. */
  static boolean isSystem(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    return authentication == null
        || authentication.getUserId() == null
        || context.getAuthorizationManager().isCamundaAdmin(authentication);
  }

  static boolean tenantExists(CommandContext context, String tenantId) {
    return context.getDbEntityManager().selectById(TenantEntity.class, tenantId) != null;
  }

  /** The owning unit of a new case: the process's own rule, then the platform's default rule, then checks. */
  String owningUnit(String processKey, Map<String, Object> variables) {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context.getAuthentication();
    boolean system = isSystem(context);
    CaseStart start =
        new CaseStart(
            processKey,
            variables,
            authentication == null ? null : authentication.getUserId(),
            authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds(),
            authentication == null || authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds(),
            system);
    ProcessDescription description = descriptions.forKey(processKey);
    String unit = description == null ? null : description.owningUnit(start);
    List<String> ownUnits = start.ownUnits();
    if (unit == null) {
      if (system) {
        unit = start.text(CaseVariables.ORG_UNIT_CODE);
      } else if (ownUnits.size() == 1) {
        unit = ownUnits.get(0);
      } else {
        throw new InvalidInputException(
            CaseVariables.ORG_UNIT_CODE,
            "所属单位",
            ownUnits.isEmpty() ? "您不是任何单位的办事员，不能发起事项" : "您属于多个单位，无法确定为哪个单位发起本事项");
      }
    }
    if (unit == null || !tenantExists(context, unit)) {
      throw new InvalidInputException(CaseVariables.ORG_UNIT_CODE, "所属单位", "无法确定本事项所属的单位");
    }
    if (!start.mayStartFor(unit)) {
      throw new UnitAccessDeniedException(CaseVariables.ORG_UNIT_CODE, "只能为本单位发起事项");
    }
    return unit;
  }

  /** Tenant of a new process instance: its owning unit; a called process inherits its caller's. */
  final class CaseTenantProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      if (ctx.getSuperExecution() != null) {
        return ctx.getSuperExecution().getTenantId();
      }
      return owningUnit(ctx.getProcessDefinition().getKey(), ctx.getVariables());
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
  }

  /** Adds the platform's own behaviour to every process and user task as it is deployed. */
  static final class ParseListener extends AbstractBpmnParseListener {

    private static final ExecutionListener OWNING_UNIT = ParseListener::writeOwningUnit;

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      // index 0: before the process's own start listeners, which read orgUnitCode
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, OWNING_UNIT, 0);
    }

    static void writeOwningUnit(DelegateExecution execution) {
      if (execution.getId().equals(execution.getProcessInstanceId()) && execution.getTenantId() != null) {
        execution.setVariable(CaseVariables.ORG_UNIT_CODE, execution.getTenantId());
        TenantEntity tenant =
            Context.getCommandContext().getDbEntityManager().selectById(TenantEntity.class, execution.getTenantId());
        execution.setVariable(
            CaseVariables.ORG_UNIT_NAME, tenant == null || tenant.getName() == null ? execution.getTenantId() : tenant.getName());
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDecorator decorator = behavior.getTaskDecorator();
        activity.setActivityBehavior(
            new UserTaskActivityBehavior(
                new UnitTaskDecorator(decorator.getTaskDefinition(), decorator.getExpressionManager())));
      }
    }
  }

  /** Gives a new task the tenant of the unit (or body) it is offered to. */
  static final class UnitTaskDecorator extends TaskDecorator {

    UnitTaskDecorator(TaskDefinition taskDefinition, ExpressionManager expressionManager) {
      super(taskDefinition, expressionManager);
    }

    @Override
    public void decorate(TaskEntity task, VariableScope variableScope) {
      super.decorate(task, variableScope);
      CommandContext context = Context.getCommandContext();
      String unit =
          task.getCandidates().stream()
              .map(IdentityLink::getGroupId)
              .filter(Objects::nonNull)
              .filter(group -> tenantExists(context, group))
              .findFirst()
              .orElse(null);
      if (unit != null && !unit.equals(task.getTenantId())) {
        task.setTenantId(unit);
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
          link.setTenantId(unit);
        }
      }
    }
  }

  /**
   * Camunda's default grants, minus those it writes for every task's candidates, assignee and owner: with
   * tenants per unit they would only fill the authorization table (one or two rows per task) and slow down
   * every permission check.
   */
  static final class NoPerTaskGrants extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTask(Task task) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return null;
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
      return null;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
      return null;
    }
  }
}
