package cn.gonghui.bpm.platform.approval;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The {@code complete} listener of every approval task, in every process:
 * {@code <camunda:taskListener event="complete" delegateExpression="${approvalListener}"/>}, configured by
 * the task's extension properties (visible and editable in the Modeler's 属性 panel):
 *
 * <ul>
 *   <li>{@value #DECISION_FIELD}: the form field with the decision ({@link Decision}), which the gateway after
 *       the task reads, e.g. {@code reportDecision};
 *   <li>{@value #REASON_FIELD}: the form field with the reason (required for a return or refusal);
 *   <li>{@value #SUBJECT}: what is decided on, in Chinese, e.g. 建会报告;
 *   <li>{@value #DECISIONS}: the decisions allowed, e.g. {@code APPROVE,RETURN} (default all three);
 *   <li>{@value #RETURN_TO}: the task a return sends the case back to (its id), whose clerk is shown who
 *       returned it, when and why ({@link ReturnNotices}).
 * </ul>
 *
 * <p>It checks the decision and the reason, appends an {@link ApprovalRecord} (case, task, who, unit, when,
 * decision, reason) and removes the reason from the case's variables: the record is where it is read.
 */
@Component("approvalListener")
public class ApprovalTaskListener implements TaskListener {

  public static final String DECISION_FIELD = "approval.decisionField";
  public static final String REASON_FIELD = "approval.reasonField";
  public static final String SUBJECT = "approval.subject";
  public static final String DECISIONS = "approval.decisions";
  public static final String RETURN_TO = "approval.returnTo";

  private final ApprovalService approvals;
  private final Map<String, Map<String, String>> propertiesByTask = new ConcurrentHashMap<>();

  public ApprovalTaskListener(ApprovalService approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, String> properties = properties(task);
    String decisionField = required(properties, DECISION_FIELD, task);
    String reasonField = required(properties, REASON_FIELD, task);
    Set<Decision> allowed =
        properties.containsKey(DECISIONS)
            ? Arrays.stream(properties.get(DECISIONS).split(","))
                .map(String::trim)
                .map(Decision::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Decision.class)))
            : EnumSet.allOf(Decision.class);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ApprovalService.Approval approval =
        new ApprovalService.Approval(
            task.getProcessInstanceId(),
            processKey(task),
            task.getId(),
            task.getTaskDefinitionKey(),
            properties.get(RETURN_TO),
            properties.getOrDefault(SUBJECT, task.getName()),
            decisionField,
            reasonField,
            allowed,
            task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).findFirst().orElse(null),
            user == null ? null : user.getUserId());
    Decision decision = approvals.record(approval, task.getVariable(decisionField), task.getVariable(reasonField));
    task.getExecution().setVariable(decisionField, decision.name());
    task.getExecution().removeVariable(reasonField);
  }

  private static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? "" : definitionId.split(":", 2)[0];
  }

  private static String required(Map<String, String> properties, String name, DelegateTask task) {
    String value = properties.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "Approval task " + task.getTaskDefinitionKey() + " has no extension property " + name);
    }
    return value;
  }

  /** The task's camunda:properties, read once per process definition and task. */
  private Map<String, String> properties(DelegateTask task) {
    return propertiesByTask.computeIfAbsent(
        task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> {
          Map<String, String> found = new HashMap<>();
          UserTask element = task.getBpmnModelElementInstance();
          ExtensionElements extensions = element == null ? null : element.getExtensionElements();
          if (extensions != null) {
            for (CamundaProperties group :
                extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
              for (CamundaProperty property : group.getCamundaProperties()) {
                found.put(property.getCamundaName(), property.getCamundaValue());
              }
            }
          }
          return Map.copyOf(found);
        });
  }
}
