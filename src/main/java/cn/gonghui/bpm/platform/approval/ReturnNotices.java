package cn.gonghui.bpm.platform.approval;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task a case was returned to shows who returned it, when and why: when any user task is created, the
 * platform looks for the returns to it (approval records whose {@code approval.returnTo} names the task)
 * decided since the task was last completed in the case, and puts them as text in the task's local
 * variable {@value #VARIABLE}. Forms show it ({@code {{returnNotice}}}); REST and Tasklist show it as a task
 * variable; the full list stays in GET …/decisions.
 */
@Component
public class ReturnNotices extends AbstractProcessEnginePlugin {

  /** The task-local variable with the notice; absent when the task was not returned to. */
  public static final String VARIABLE = "returnNotice";

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final ObjectProvider<ApprovalService> approvals;

  public ReturnNotices(ObjectProvider<ApprovalService> approvals) {
    this.approvals = approvals;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener notice = this::notice;
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
              behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, notice);
            }
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  void notice(DelegateTask task) {
    if (caseStartsNow(task)) {
      return; // a case's first tasks: nothing can have been returned to them yet, and no query is needed
    }
    // The task's earlier rounds and the approvers' names belong to other units than the one completing
    // the approval (a town clerk returns a community's report): read them as the system.
    CommandContext context = Context.getCommandContext();
    boolean tenantCheck = context.isTenantCheckEnabled();
    context.disableTenantCheck();
    String text;
    try {
      text =
          context.runWithoutAuthorization(
              () -> {
                List<ApprovalRecord> returns =
                    approvals.getObject().returnsTo(task.getProcessInstanceId(), task.getTaskDefinitionKey(), lastCompleted(task));
                return returns.isEmpty() ? null : text(task.getProcessEngineServices(), returns);
              });
    } finally {
      if (tenantCheck) {
        context.enableTenantCheck();
      }
    }
    if (text != null) {
      task.setVariableLocal(VARIABLE, text);
    }
  }

  /** Whether the task's case is being created in this very transaction (not yet in the database). */
  static boolean caseStartsNow(DelegateTask task) {
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    ExecutionEntity instance = entities.getCachedEntity(ExecutionEntity.class, task.getProcessInstanceId());
    return instance != null && entities.getDbEntityCache().isTransient(instance);
  }

  /** When this task of the case was last completed, or null. */
  private static Instant lastCompleted(DelegateTask task) {
    List<HistoricTaskInstance> done =
        task.getProcessEngineServices()
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .taskDefinitionKey(task.getTaskDefinitionKey())
            .finished()
            .orderByHistoricTaskInstanceEndTime()
            .desc()
            .listPage(0, 1);
    return done.isEmpty() ? null : done.get(0).getEndTime().toInstant();
  }

  /** One paragraph a return: 「示范县总工会 张三于2026年12月4日 14:03退回（建会报告）：理由」. */
  static String text(ProcessEngineServices engine, List<ApprovalRecord> returns) {
    List<String> lines = new ArrayList<>();
    for (ApprovalRecord r : returns) {
      lines.add(
          unitName(engine, r.getUnitCode()) + " " + userName(engine, r.getDecidedBy()) + "于" + WHEN.format(r.getDecidedAt())
              + "退回（" + r.getSubject() + "）：" + (r.getReason() == null ? "" : r.getReason()));
    }
    return String.join("\n\n", lines);
  }

  private static String unitName(ProcessEngineServices engine, String groupId) {
    if (groupId == null) {
      return "";
    }
    Group group = engine.getIdentityService().createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private static String userName(ProcessEngineServices engine, String userId) {
    if (userId == null) {
      return "";
    }
    User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).trim();
    return name.isEmpty() ? userId : name + "（" + userId + "）";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
