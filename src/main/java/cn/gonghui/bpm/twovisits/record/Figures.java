package cn.gonghui.bpm.twovisits.record;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the system counts of one campaign (or of several, added up): visits planned and made, people reached in
 * the departments, households visited and filed, problems by route and by status, overdue problems, relief paid.
 */
public record Figures(
    int departmentVisitsPlanned,
    int departmentVisitsDone,
    int peopleReached,
    int homeVisitsPlanned,
    int homeVisitsDone,
    int householdsFiled,
    int newFiles,
    int problems,
    Map<String, Long> problemsByRoute,
    Map<String, Long> problemsByStatus,
    int problemsOverdue,
    int reliefHouseholds,
    int reliefRetirees,
    BigDecimal reliefAmount) {

  /** The figures as the 学年工作总结 form shows them, in Chinese. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("- 走访教研组（部门）").append(departmentVisitsDone).append("个（计划").append(departmentVisitsPlanned)
        .append("个），覆盖教职工").append(peopleReached).append("人次\n");
    s.append("- 入户走访困难职工家庭").append(homeVisitsDone).append("户（计划").append(homeVisitsPlanned)
        .append("户），填报困难职工情况登记表").append(householdsFiled).append("户，其中新建档").append(newFiles).append("户\n");
    s.append("- 收集需解决的问题").append(problems).append("个");
    if (problems > 0) {
      s.append("：");
      StringBuilder routes = new StringBuilder();
      for (Problem.Route route : Problem.Route.values()) {
        long n = problemsByRoute.getOrDefault(route.name(), 0L);
        if (n > 0) {
          routes.append(routes.isEmpty() ? "" : "，").append(route.label()).append(n).append("个");
        }
      }
      StringBuilder statuses = new StringBuilder();
      for (Problem.Status status : Problem.Status.values()) {
        long n = problemsByStatus.getOrDefault(status.name(), 0L);
        if (n > 0) {
          statuses.append(statuses.isEmpty() ? "" : "，").append(status.label()).append(n).append("个");
        }
      }
      s.append(routes.isEmpty() ? "" : routes + "；").append(statuses);
      if (problemsOverdue > 0) {
        s.append("；其中逾期").append(problemsOverdue).append("个");
      }
    }
    s.append("\n- 年关慰问困难职工").append(reliefHouseholds).append("户、退休职工").append(reliefRetirees)
        .append("人，发放慰问金").append(reliefAmount.stripTrailingZeros().toPlainString()).append("元");
    return s.toString();
  }
}
