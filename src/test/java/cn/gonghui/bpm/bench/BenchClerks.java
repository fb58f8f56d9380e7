package cn.gonghui.bpm.bench;

import cn.gonghui.bpm.platform.Roles;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The seeders' clerks at work in the application's JVM: authenticated as Tasklist authenticates them. */
final class BenchClerks {

  private final IdentityService identity;
  private final TaskService tasks;

  BenchClerks(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  /** Runs as the clerk of {@code unit} (a unit or a county's body), with the groups and tenant Tasklist gives them. */
  <T> T as(String unit, Supplier<T> work) {
    identity.setAuthentication(BenchOrgTree.clerk(unit), List.of(Roles.CLERKS, unit), List.of(unit));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Completes the first open task {@code taskKey} of a case as the clerk of {@code unit}. */
  void complete(String unit, String caseId, String taskKey, Map<String, Object> form) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      throw new IllegalStateException("case " + caseId + " has no open " + taskKey);
    }
    as(unit, () -> {
      tasks.complete(open.get(0).getId(), form);
      return null;
    });
  }
}
