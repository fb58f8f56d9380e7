package cn.gonghui.bpm.platform.guard;

import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.ProcessDescription;
import cn.gonghui.bpm.platform.ProcessDescriptions;
import cn.gonghui.bpm.platform.UnitAccessDeniedException;
import cn.gonghui.bpm.platform.input.JsonBodyCheck;
import cn.gonghui.bpm.platform.input.TextHygiene;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The workflow cannot be forged: what a non-administrator may ask the engine to do, whichever way they
 * come in (Camunda REST, the web apps, the project's /api). Administrators and the engine itself (jobs,
 * start-up, no authenticated user) are not restricted.
 *
 * <ul>
 *   <li>Reading (queries, forms, diagrams, filters, statistics — all scoped to the user's units by the
 *       tenant check, see {@code CaseVisibility}) is allowed, except what counts across units or shows
 *       internals: metrics, table counts, native SQL queries, job stack traces.
 *   <li>A start only at the start event, without start instructions, skipped listeners or I/O mappings,
 *       for a process that is startable in Tasklist, carrying only the fields the start form declares and
 *       the process's declared start inputs.
 *   <li>Working on a task (claim for oneself, give back one's own claim, complete, submit its form, comment)
 *       only for a member of the task's candidate group, carrying only the fields the task's form declares; a
 *       task another user has claimed is theirs (409).
 *   <li>A form field that is a {@link ProcessDescription#systemVariables() system variable} is refused
 *       even if a form declares it: units, ids, levels, DMN results and durations are written by the
 *       system alone.
 *   <li>Deploying models (analysts; the engine checks their right to create deployments).
 *   <li>Every other change (variables set on instances or tasks, messages, signals, instance
 *       modification, migration, restart, deletion, suspension, jobs, incidents, batches, identity and
 *       authorization changes, filters) is refused with 403. A user may update only their own profile.
 * </ul>
 *
 * <p>The check runs inside the command's transaction, before the command itself, and only for the
 * outermost command of a call: what the engine does on behalf of an allowed command is not checked again.
 */
@Component
public class WorkflowGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(WorkflowGuard.class);

  /** The outermost command of the current call on this thread. */
  private static final ThreadLocal<Command<?>> OUTERMOST = new ThreadLocal<>();

  /** Commands a non-administrator may run, each with its check. */
  private static final Set<Class<?>> WORK =
      Set.of(
          StartProcessInstanceCmd.class,
          SubmitStartFormCmd.class,
          CompleteTaskCmd.class,
          SubmitTaskFormCmd.class,
          ClaimTaskCmd.class,
          AssignTaskCmd.class,
          AddCommentCmd.class,
          SaveUserCmd.class,
          DeployCmd.class);

  /** Reading commands (by class name) that still reveal what crosses units or engine internals. */
  private static final Set<String> REFUSED_READS =
      Set.of(
          "MetricsQueryImpl",
          "SchemaLogQueryImpl",
          "GetTableCountCmd",
          "GetTableMetaDataCmd",
          "GetTableNameCmd",
          "GetPropertiesCmd",
          "GetTelemetryDataCmd",
          "GetUniqueTaskWorkerCountCmd",
          "GetJobExceptionStacktraceCmd",
          "GetHistoricJobLogExceptionStacktraceCmd",
          "GetExternalTaskErrorDetailsCmd",
          "GetHistoricExternalTaskLogErrorDetailsCmd",
          "GetUnlockedTimersByDuedateCmd",
          "GetLicenseKeyCmd",
          // no tenant check in Camunda's SQL: would count every unit's history
          "HistoricActivityStatisticsQueryImpl",
          "HistoricCaseActivityStatisticsQueryImpl");

  private final ProcessDescriptions descriptions;
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public WorkflowGuard(ObjectProvider<ProcessDescription> descriptions) {
    this.descriptions = new ProcessDescriptions(descriptions);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> pre = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      pre.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    pre.add(new OutermostMarker());
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    List<CommandInterceptor> post = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      post.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    post.add(new Check());
    configuration.setCustomPostCommandInterceptorsTxRequired(post);
  }

  /** Remembers the outermost command (before the command context exists). */
  static final class OutermostMarker extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (OUTERMOST.get() != null) {
        return next.execute(command);
      }
      OUTERMOST.set(command);
      try {
        return next.execute(command);
      } finally {
        OUTERMOST.remove();
      }
    }
  }

  /** Checks the outermost command of a non-administrator, inside its transaction. */
  final class Check extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (OUTERMOST.get() == command) {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null
            && authentication.getUserId() != null
            && !context.getAuthorizationManager().isCamundaAdmin(authentication)) {
          check(command, context, authentication);
          if (command instanceof ActivityStatisticsQueryImpl statistics) {
            return withoutOtherUnits(statistics, next.execute(command), context);
          }
        }
      }
      return next.execute(command);
    }
  }

  /**
   * Camunda's activity statistics collect the activity ids of failed jobs and incidents without the tenant
   * check, so a user would see a row (with nothing counted) for an activity where another unit's case has an
   * incident. Rows with nothing the user may see counted are dropped; so is their share of a count.
   */
  @SuppressWarnings("unchecked")
  static <T> T withoutOtherUnits(ActivityStatisticsQueryImpl query, T result, CommandContext context) {
    if (result instanceof List<?> rows) {
      return (T) visible((List<ActivityStatistics>) rows);
    }
    if (result instanceof Long) {
      return (T) Long.valueOf(visible(query.executeList(context, null)).size());
    }
    return result;
  }

  private static List<ActivityStatistics> visible(List<ActivityStatistics> rows) {
    return rows.stream()
        .filter(row -> row.getInstances() > 0
            || row.getFailedJobs() > 0
            || row.getIncidentStatistics().stream().anyMatch(incidents -> incidents.getIncidentCount() > 0))
        .toList();
  }

  void check(Command<?> command, CommandContext context, Authentication user) {
    if (WORK.contains(command.getClass())) {
      checkWork(command, context, user);
      return;
    }
    String name = command.getClass().getSimpleName();
    if (isRead(name)) {
      return;
    }
    LOG.info("Refused {} for user {}", name, user.getUserId());
    throw new AuthorizationException(refusal(name));
  }

  /** Why a change is refused, in Chinese, by the engine's command naming. */
  static String refusal(String name) {
    if (name.startsWith("StartProcessInstanceAtActivities")) {
      return "只能从流程的开始节点发起事项，不能指定起点或跳过监听器";
    }
    if (name.contains("Variable")) {
      return "流程变量只能由系统和任务表单填写，不能直接修改";
    }
    if (name.startsWith("ModifyProcessInstance") || name.startsWith("RestartProcessInstance") || name.contains("Migrat")) {
      return "只有系统管理员可以调整、重新发起或迁移事项";
    }
    if (name.contains("Message") || name.contains("Signal") || name.contains("Condition")) {
      return "只有系统管理员可以向事项发送消息或信号";
    }
    if (name.contains("Job") || name.contains("Incident") || name.contains("ExternalTask") || name.contains("Batch")) {
      return "只有系统管理员可以处理作业和故障";
    }
    if (name.startsWith("Delete") || name.contains("Suspen") || name.contains("Activat")) {
      return "只有系统管理员可以删除、挂起或激活事项";
    }
    return "您没有权限执行此操作";
  }

  /** Reading commands, by the engine's naming: queries, getters, filter runs, checks, decision evaluation. */
  static boolean isRead(String name) {
    if (REFUSED_READS.contains(name) || name.startsWith("Native") || name.startsWith("Optimize")) {
      return false;
    }
    return name.endsWith("QueryImpl")
        || (name.startsWith("Create") && name.endsWith("QueryCmd"))
        || name.startsWith("Get")
        || name.startsWith("Find")
        || (name.startsWith("Execute") && name.contains("Filter"))
        || name.equals("CheckPassword")
        || name.equals("CheckPasswordAgainstPolicyCmd")
        || name.equals("AuthorizationCheckCmd")
        || name.equals("IsIdentityServiceReadOnlyCmd")
        || name.equals("IsTelemetryEnabledCmd")
        || name.equals("EvaluateDecisionCmd")
        || name.equals("EvaluateDecisionTableCmd");
  }

  private void checkWork(Command<?> command, CommandContext context, Authentication user) {
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
      checkStart(context, builder);
    } else if (command instanceof SubmitStartFormCmd submit) {
      String definitionId = field(submit, "processDefinitionId", String.class);
      ProcessDefinitionEntity definition = definitionById(context, definitionId);
      checkBusinessKey(field(submit, "businessKey", String.class));
      checkStartVariables(context, definition, field(submit, "variables", VariableMap.class));
    } else if (command instanceof CompleteTaskCmd complete) {
      lockForCompletion(context, field(complete, "taskId", String.class));
      TaskEntity task = notClaimedByOthers(workableTask(context, user, field(complete, "taskId", String.class)), user);
      checkTaskVariables(context, task, field(complete, "variables", Map.class));
    } else if (command instanceof SubmitTaskFormCmd submit) {
      lockForCompletion(context, field(submit, "taskId", String.class));
      TaskEntity task = notClaimedByOthers(workableTask(context, user, field(submit, "taskId", String.class)), user);
      checkTaskVariables(context, task, field(submit, "properties", VariableMap.class));
    } else if (command instanceof ClaimTaskCmd claim) {
      TaskEntity task = workableTask(context, user, field(claim, "taskId", String.class));
      String claimant = field(claim, "userId", String.class);
      if (claimant != null && !claimant.equals(user.getUserId())) {
        throw new UnitAccessDeniedException("userId", "只能为自己认领任务");
      }
      if (claimant == null && task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
        throw new UnitAccessDeniedException("taskId", "只能退回自己认领的任务");
      }
    } else if (command instanceof AssignTaskCmd assign) {
      // Tasklist's "unclaim" (assignee set to nobody): only of one's own task; any other assignment is refused
      TaskEntity task = workableTask(context, user, field(assign, "taskId", String.class));
      if (field(assign, "userId", String.class) != null) {
        throw new UnitAccessDeniedException("userId", "只能为自己认领任务，不能指派给他人");
      }
      if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
        throw new UnitAccessDeniedException("taskId", "只能退回自己认领的任务");
      }
    } else if (command instanceof AddCommentCmd comment) {
      String taskId = field(comment, "taskId", String.class);
      if (taskId == null) {
        throw new AuthorizationException("只能对自己办理的任务添加评论");
      }
      workableTask(context, user, taskId);
      String message = field(comment, "message", String.class);
      String problem = TextHygiene.problem(message, true);
      if (problem == null && message != null && message.length() > 2000) {
        problem = "不能超过2000个字";
      }
      if (problem != null) {
        throw new InvalidInputException("message", "评论", problem);
      }
    } else if (command instanceof SaveUserCmd save) {
      User target = field(save, "user", User.class);
      if (target == null || !Objects.equals(target.getId(), user.getUserId())) {
        throw new AuthorizationException("只能修改本人的资料");
      }
    }
  }

  // ---- starts -------------------------------------------------------------------------------------

  private void checkStart(CommandContext context, ProcessInstantiationBuilderImpl builder) {
    if (!builder.getModificationBuilder().getModificationOperations().isEmpty()
        || builder.getModificationBuilder().isSkipCustomListeners()
        || builder.getModificationBuilder().isSkipIoMappings()) {
      throw new AuthorizationException("只能从流程的开始节点发起事项，不能指定起点或跳过监听器");
    }
    if (builder.getTenantId() != null || builder.isProcessDefinitionTenantIdSet()) {
      throw new AuthorizationException("事项所属单位由系统确定，不能指定");
    }
    ProcessDefinitionEntity definition =
        builder.getProcessDefinitionId() != null
            ? definitionById(context, builder.getProcessDefinitionId())
            : definitionByKey(context, builder.getProcessDefinitionKey());
    checkBusinessKey(builder.getBusinessKey());
    checkStartVariables(context, definition, builder.getVariables());
  }

  private void checkStartVariables(
      CommandContext context, ProcessDefinitionEntity definition, Map<String, Object> variables) {
    if (!definition.isStartableInTasklist()) {
      throw new AuthorizationException("该流程由系统发起，不能直接发起");
    }
    FormData form =
        context.runWithoutAuthorization(() -> new GetStartFormCmd(definition.getId()).execute(context));
    FormSchema schema = schema(context, form);
    ProcessDescription description = descriptions.forKey(definition.getKey());
    Set<String> startInputs = description == null ? Set.of() : description.startInputs();
    checkVariables(definition.getKey(), schema, variables, startInputs);
  }

  private static void checkBusinessKey(String businessKey) {
    String problem = TextHygiene.problem(businessKey, false);
    if (problem == null && businessKey != null && businessKey.length() > 255) {
      problem = "不能超过255个字";
    }
    if (problem != null) {
      throw new InvalidInputException("businessKey", "业务标识", problem);
    }
  }

  private static ProcessDefinitionEntity definitionById(CommandContext context, String id) {
    ProcessDefinitionEntity definition =
        id == null ? null : context.getProcessEngineConfiguration().getDeploymentCache().findProcessDefinitionFromCache(id);
    if (definition == null && id != null) {
      definition = context.getProcessDefinitionManager().findLatestDefinitionById(id);
    }
    if (definition == null) {
      throw new NotFoundException("要发起的流程不存在");
    }
    return definition;
  }

  private static ProcessDefinitionEntity definitionByKey(CommandContext context, String key) {
    ProcessDefinitionEntity definition =
        key == null ? null : context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
    if (definition == null) {
      throw new NotFoundException("要发起的流程不存在");
    }
    return definition;
  }

  // ---- tasks --------------------------------------------------------------------------------------

  /**
   * The task, when the user may work on it: it exists and is visible to them (else 404, as for a task that
   * was just completed by a colleague), and they are in its candidate group or hold it (else 403).
   */
  private static TaskEntity workableTask(CommandContext context, Authentication user, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    List<String> tenants = user.getTenantIds() == null ? List.of() : user.getTenantIds();
    if (task == null) {
      requireNotJustCompleted(context, taskId, tenants);
    }
    if (task == null || (task.getTenantId() != null && !tenants.contains(task.getTenantId()))) {
      throw new NotFoundException("任务不存在或已经办结，请刷新任务列表");
    }
    if (user.getUserId().equals(task.getAssignee())) {
      return task;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getGroupId() != null && groups.contains(candidate.getGroupId())) {
        return task;
      }
      if (user.getUserId().equals(candidate.getUserId())) {
        return task;
      }
    }
    // no candidate group left: the task may have been completed (and its candidates deleted) since it was read
    requireNotJustCompleted(context, taskId, tenants);
    throw new UnitAccessDeniedException("taskId", "该任务派给其他单位，您只能查看，不能办理");
  }

  /**
   * A task completed a moment ago — by a colleague, or by the same clerk's first click — is a conflict (409), not a
   * missing task or a missing right.
   */
  private static void requireNotJustCompleted(CommandContext context, String taskId, List<String> tenants) {
    HistoricTaskInstanceEntity done = taskId == null ? null : context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
    if (done != null && done.getEndTime() != null && (done.getTenantId() == null || tenants.contains(done.getTenantId()))) {
      throw new ConflictException("taskId", "该任务刚被办理完毕，您的提交未被保存，请刷新任务列表");
    }
  }

  /**
   * Two completions of one task at the same moment: the second waits here, on the task's row, until the first
   * has committed, and then finds the task gone (a 409 by {@link #requireNotJustCompleted}). Without the lock both
   * read the task; where the case runs parallel paths the second then walks an execution the first has just
   * removed and fails inside the engine (a NullPointerException, a 500) instead of losing cleanly.
   */
  private static void lockForCompletion(CommandContext context, String taskId) {
    if (taskId == null) {
      return;
    }
    String table = context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_TASK";
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement lock = connection.prepareStatement("SELECT ID_ FROM " + table + " WHERE ID_ = ? FOR UPDATE")) {
      lock.setString(1, taskId);
      try (ResultSet ignored = lock.executeQuery()) {
        // the row (if any) is now this transaction's until it ends
      }
    } catch (SQLException e) {
      throw new ConflictException("taskId", "该任务正在被他人办理，请稍后刷新任务列表");
    }
  }

  /** A task another user has claimed is theirs to complete: 409, as for a claim. */
  private static TaskEntity notClaimedByOthers(TaskEntity task, Authentication user) {
    if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
      throw new TaskAlreadyClaimedException(task.getId(), task.getAssignee());
    }
    return task;
  }

  private void checkTaskVariables(CommandContext context, TaskEntity task, Map<String, Object> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    FormData form = context.runWithoutAuthorization(() -> new GetTaskFormCmd(task.getId()).execute(context));
    checkVariables(task.getProcessDefinition() == null ? null : task.getProcessDefinition().getKey(), schema(context, form), variables, Set.of());
  }

  // ---- fields -------------------------------------------------------------------------------------

  /** Every submitted variable must be a declared field (or a declared start input) and no system variable. */
  private void checkVariables(
      String processKey, FormSchema schema, Map<String, Object> variables, Set<String> extraInputs) {
    if (variables == null) {
      return;
    }
    Set<String> system = descriptions.systemVariables(processKey);
    for (String name : variables.keySet()) {
      FormSchema.Field field = schema == null ? null : schema.fields().get(name);
      String label = field == null ? shown(name) : field.displayName();
      if (field == null && extraInputs.contains(name)) {
        // a declared start input (e.g. the ledger row a case is about): its process checks it
        continue;
      }
      if (system.contains(name)) {
        throw new InvalidInputException(shown(name), label, "由系统填写，不能提交");
      }
      if (field == null) {
        throw new InvalidInputException(shown(name), shown(name), "不是本表单的字段，不能提交");
      }
      if (field.readonly()) {
        throw new InvalidInputException(name, label, "是只读字段，不能提交");
      }
      Object value = variables instanceof VariableMap map ? map.getValueTyped(name) : variables.get(name);
      FieldCheck.check(field, value);
    }
  }

  /** A submitted name as it may be echoed in an answer: printable, at most 64 characters. */
  static String shown(String name) {
    return JsonBodyCheck.shown(name);
  }

  /** The schema of the form a start event or task names, or null when it names no Camunda Form. */
  private FormSchema schema(CommandContext context, FormData form) {
    CamundaFormRef ref = form == null ? null : form.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    CamundaFormDefinition definition =
        context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
    if (definition == null) {
      return null;
    }
    return schemas.computeIfAbsent(
        definition.getId(),
        id -> {
          try (InputStream in =
              context.runWithoutAuthorization(
                  new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
            return FormSchema.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A protected field of an engine command (the engine offers no getter for what a command carries). */
  private static <T> T field(Object command, String name, Class<T> type) {
    for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return type.cast(f.get(command));
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Camunda command " + command.getClass().getName() + " has no field " + name);
  }
}
