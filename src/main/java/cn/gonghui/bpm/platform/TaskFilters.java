package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared Tasklist filters (我的待办, 本单位待办, 即将到期, 已逾期). They have no owner and are visible to the
 * role groups {@code clerks} and {@code managers} through a FILTER READ grant; which tasks a filter lists
 * still depends on the user's own task authorizations, so a clerk only ever sees the tasks of their own
 * units.
 *
 * <p>The queries use Camunda's stored-query expressions, evaluated for the user who runs the filter:
 * {@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}} and {@code ${dateTime()}}.
 *
 * <p>Idempotent: each filter is recognised by its {@link #KEY_PROPERTY} property (not by its name, so a
 * renamed filter is updated in place). A restart creates nothing new; a changed name, query or property
 * below is written to the existing filter; duplicates left by an earlier failure are removed.
 */
@Component
@Order(50)
public class TaskFilters implements StartupStep {

  /** Filter property holding the stable technical key of a filter managed here. */
  public static final String KEY_PROPERTY = "gonghuiFilterKey";

  public static final String MY_TASKS = "my-tasks";
  public static final String UNIT_TASKS = "unit-tasks";
  public static final String DUE_SOON = "due-soon";
  public static final String OVERDUE = "overdue";

  private static final String CURRENT_USER = "${currentUser()}";
  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  private static final String NOW = "${now()}";
  private static final String IN_THREE_DAYS = "${dateTime().plusDays(3)}";

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);

  /** The groups that get READ on every filter. */
  static final List<String> READERS = List.of(Roles.CLERKS, Roles.MANAGERS);

  /** One filter as defined here: key, name, query and Tasklist properties. */
  record Definition(String key, String name, TaskQuery query, Map<String, Object> properties) {}

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final TransactionTemplate tx;
  private final List<ProcessDescription> processes;

  public TaskFilters(
      FilterService filters,
      TaskService tasks,
      AuthorizationService authorizations,
      TransactionTemplate tx,
      List<ProcessDescription> processes) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.tx = tx;
    this.processes = processes;
  }

  @Override
  public void run() {
    tx.executeWithoutResult(status -> definitions().forEach(this::ensure));
  }

  List<Definition> definitions() {
    List<Definition> list = new ArrayList<>();
    list.add(
        new Definition(
            MY_TASKS,
            "我的待办",
            tasks.createTaskQuery().taskAssigneeExpression(CURRENT_USER).orderByDueDate().asc(),
            properties(MY_TASKS, "已认领、由我本人办理的任务，按到期日排序。", 0, "#c0392b")));
    // Reason: Tasklist opens the filter with the lowest priority; a new case arrives unclaimed in the unit's
    // queue, so clerks land here. The unit's whole queue, claimed or not. Clerks of a small union stand in for each other, and
    // seeing who holds which case (the assignee shown on each card) avoids double work. "我的待办" is the
    // personal view.
    list.add(
        new Definition(
            UNIT_TASKS,
            "本单位待办",
            tasks
                .createTaskQuery()
                .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc(),
            properties(UNIT_TASKS, "派给本单位的全部任务，含未认领和同事已认领的；先认领再办理。", -10, "#2471a3")));
    list.add(
        new Definition(
            DUE_SOON,
            "即将到期",
            myOrMyUnitsTasks()
                .dueAfterExpression(NOW)
                .dueBeforeExpression(IN_THREE_DAYS)
                .orderByDueDate()
                .asc(),
            properties(DUE_SOON, "三天内到期的本人或本单位任务，请优先办理。", 10, "#d68910")));
    list.add(
        new Definition(
            OVERDUE,
            "已逾期",
            myOrMyUnitsTasks().dueBeforeExpression(NOW).orderByDueDate().asc(),
            properties(OVERDUE, "已超过到期日仍未办结的本人或本单位任务。", 20, "#7b241c")));
    return list;
  }

  /** Tasks offered to one of my groups (claimed by anybody or not) or assigned to me. */
  private TaskQuery myOrMyUnitsTasks() {
    return tasks
        .createTaskQuery()
        .or()
        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
        .includeAssignedTasks()
        .taskAssigneeExpression(CURRENT_USER)
        .endOr();
  }

  /**
   * Tasklist filter properties: description and colour of the filter, its place in the list (lower
   * priority first), automatic refresh, and the process variables shown on each task card when present.
   */
  private Map<String, Object> properties(String key, String description, int priority, String color) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", cardVariables());
    return properties;
  }

  /**
   * The task-card variables every process declares ({@link ProcessDescription#taskCardVariables()}), each
   * once, after the owning unit every case has. Variables a case does not have are not shown
   * ({@code showUndefinedVariable: false}), so one list serves every process.
   */
  List<Map<String, String>> cardVariables() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(CaseVariables.ORG_UNIT_NAME, "所属单位");
    processes.stream()
        .sorted(Comparator.comparing(p -> String.join(",", new TreeSet<>(p.processKeys()))))
        .flatMap(p -> p.taskCardVariables().stream())
        .forEach(card -> labels.putIfAbsent(card.name(), card.label()));
    List<Map<String, String>> variables = new ArrayList<>();
    labels.forEach((name, label) -> variables.add(variable(name, label)));
    return variables;
  }

  private static Map<String, String> variable(String name, String label) {
    Map<String, String> variable = new LinkedHashMap<>();
    variable.put("name", name);
    variable.put("label", label);
    return variable;
  }

  private void ensure(Definition definition) {
    List<Filter> existing =
        filters.createTaskFilterQuery().list().stream()
            .filter(filter -> filter.getOwner() == null)
            .filter(filter -> definition.key().equals(keyOf(filter)))
            .toList();
    Filter filter;
    if (existing.isEmpty()) {
      filter = filters.newTaskFilter();
    } else {
      filter = existing.get(0);
      for (Filter duplicate : existing.subList(1, existing.size())) {
        LOG.warn("Removing duplicate task filter '{}' ({})", duplicate.getName(), duplicate.getId());
        filters.deleteFilter(duplicate.getId());
      }
    }
    String queryBefore = filter.getId() == null ? null : ((FilterEntity) filter).getQueryInternal();
    Map<String, Object> propertiesBefore = filter.getId() == null ? null : filter.getProperties();
    String nameBefore = filter.getName();
    filter.setName(definition.name());
    filter.setQuery(definition.query());
    filter.setProperties(definition.properties());
    boolean changed =
        filter.getId() == null
            || !Objects.equals(nameBefore, filter.getName())
            || !Objects.equals(queryBefore, ((FilterEntity) filter).getQueryInternal())
            || !Objects.equals(propertiesBefore, filter.getProperties());
    if (changed) {
      LOG.info("{} task filter '{}'", filter.getId() == null ? "Creating" : "Updating", definition.name());
      filter = filters.saveFilter(filter);
    }
    for (String group : READERS) {
      Grants.ensure(authorizations, group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private static String keyOf(Filter filter) {
    Map<String, Object> properties = filter.getProperties();
    return properties == null ? null : (String) properties.get(KEY_PROPERTY);
  }
}
