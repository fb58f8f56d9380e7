package cn.gonghui.bpm.platform;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives each case to the people who may see it. When a process instance starts with an
 * {@link CaseVariables#ORG_UNIT_CODE owning unit}, the unit's clerks group gets read access to the
 * instance and its history, and the managers group of that unit and of every unit above it gets the
 * same. Tasks themselves are granted by Camunda to their candidate group.
 */
@Component
public class CaseAuthorizationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<OrgUnitService> orgUnits;

  public CaseAuthorizationPlugin(ObjectProvider<OrgUnitService> orgUnits) {
    this.orgUnits = orgUnits;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    ExecutionListener grant = this::grantCaseAccess;
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_START, grant);
          }
        });
  }

  void grantCaseAccess(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    Object unitCode = execution.getVariable(CaseVariables.ORG_UNIT_CODE);
    if (!(unitCode instanceof String code) || code.isBlank()) {
      return;
    }
    String instanceId = execution.getProcessInstanceId();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    List<OrgUnit> path = orgUnits.getObject().selfAndAncestors(code);
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              grant(authorizations, OrgGroups.unitGroup(code), instanceId);
              for (OrgUnit unit : path) {
                grant(authorizations, OrgGroups.managersGroup(unit.getCode()), instanceId);
              }
              return null;
            });
  }

  private static void grant(AuthorizationService authorizations, String groupId, String instanceId) {
    save(authorizations, groupId, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
    save(
        authorizations, groupId, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ);
  }

  private static void save(
      AuthorizationService authorizations, String groupId, Resource resource, String id, Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
