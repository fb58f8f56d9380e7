package cn.gonghui.bpm.scholarship.process;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Late work as Tasklist and Cockpit show it: the task's name ends in 「（已逾期）」, its priority rises and a task
 * without a due date gets the one it missed, so the unit sees it first and the county's managers find it in the shared
 * filter 已逾期 (besides the campaign's figures).
 */
final class Overdue {

  /** Priority of an overdue task (Camunda's default is 50). */
  static final int PRIORITY = 90;

  static final String MARK = "（已逾期）";

  private Overdue() {}

  static void mark(TaskService tasks, Task task, Instant dueAt) {
    task.setPriority(PRIORITY);
    if (task.getDueDate() == null) {
      task.setDueDate(Date.from(dueAt));
    }
    if (!task.getName().endsWith(MARK)) {
      task.setName(task.getName() + MARK);
    }
    tasks.saveTask(task);
  }
}
