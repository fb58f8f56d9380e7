package cn.gonghui.bpm.twovisits.process;

import cn.gonghui.bpm.twovisits.IssueProcess;
import cn.gonghui.bpm.twovisits.record.CampaignSchedule;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Every opinion worth acting on becomes a problem with a case of its own: the problems of a visit are recorded, and
 * one {@code two-visits-issue} instance starts for each, in the same transaction as the visit's task (a bad line
 * leaves neither visit nor problem). The issue belongs to the campaign's union (its owning unit is the problem's).
 */
@Component
public class IssueRaiser {

  private final ProblemService problems;
  private final RuntimeService runtime;

  public IssueRaiser(ProblemService problems, RuntimeService runtime) {
    this.problems = problems;
    this.runtime = runtime;
  }

  public List<Problem> raise(
      String campaignCaseId, Problem.Source source, long sourceId, String text, String field, LocalDate raisedOn, String user) {
    List<Problem> raised = problems.raise(campaignCaseId, source, sourceId, text, field, raisedOn, user);
    for (Problem problem : raised) {
      // the due date is a start variable: the overdue timer of the event sub-process is set as the case starts
      runtime.startProcessInstanceByKey(
          IssueProcess.PROCESS_KEY,
          businessKey(problem),
          Map.of(IssueProcess.VAR_PROBLEM_ID, problem.getId(), IssueProcess.VAR_PROBLEM_DUE, CampaignSchedule.endOf(problem.getDueDate())));
    }
    return raised;
  }

  /** 「双走访问题12：……」 (the first 40 characters): how Cockpit lists and finds the case. */
  static String businessKey(Problem problem) {
    String text = problem.getDescription();
    return "双走访问题" + problem.getId() + "：" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
