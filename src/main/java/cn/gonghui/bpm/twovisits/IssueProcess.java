package cn.gonghui.bpm.twovisits;

import cn.gonghui.bpm.platform.CaseVariables;

/**
 * Names of the {@code two-visits-issue} process (processes/two-visits-issue/two-visits-issue.bpmn): one problem
 * raised in the visits of a 双走访 campaign, from classification to solved or closed (source 000:85-91).
 */
public final class IssueProcess {

  public static final String PROCESS_KEY = "two-visits-issue";

  public static final String DECISION_ROUTING = "two-visits-issue-routing";

  // Events
  public static final String START_PROBLEM_RAISED = "StartEvent_ProblemRaised";
  public static final String END_SOLVED = "EndEvent_ProblemSolved";
  public static final String END_CLOSED = "EndEvent_ProblemClosed";
  public static final String START_OVERDUE = "StartEvent_ProblemOverdue";
  public static final String END_OVERDUE_FLAGGED = "EndEvent_OverdueFlagged";

  // Tasks
  public static final String TASK_CLASSIFY = "Task_ClassifyProblem";
  public static final String TASK_DETERMINE_ROUTE = "Task_DetermineRoute";
  public static final String TASK_SOLVE_BY_UNION = "Task_SolveByUnion";
  public static final String TASK_REPORT_TO_ADMINISTRATION = "Task_ReportToAdministration";
  public static final String TASK_REPORT_TO_SUPERIOR = "Task_ReportToSuperior";
  public static final String TASK_ANSWER_REPORT = "Task_AnswerReport";
  public static final String TASK_ASSIST = "Task_AssistSolution";
  public static final String TASK_FLAG_OVERDUE = "Task_FlagProblemOverdue";

  // Variables written by the system
  public static final String VAR_ORG_UNIT_CODE = CaseVariables.ORG_UNIT_CODE;
  public static final String VAR_PROBLEM_ID = "problemId";
  public static final String VAR_CAMPAIGN_ID = CampaignProcess.VAR_CAMPAIGN_ID;
  public static final String VAR_SUPERIOR_UNIT_CODE = CampaignProcess.VAR_SUPERIOR_UNIT_CODE;
  /** The problem as one line: the task cards' label (an opinion heard, not personal data). */
  public static final String VAR_PROBLEM_TEXT = "problemText";
  public static final String VAR_PROBLEM_DUE = "problemDue";
  /** The output {@code route} of the routing table, kept under a name of its own. */
  public static final String VAR_ROUTE = "issueRoute";
  /** Task-local text: the report the superior answers, the answer the union assists with. */
  public static final String VAR_REPORT_TEXT = "reportText";
  public static final String VAR_ANSWER_TEXT = "answerNotice";

  // Form fields
  public static final String FIELD_NATURE = "nature";
  public static final String FIELD_CATEGORY = "category";
  public static final String FIELD_CAN_UNION_SOLVE = "canUnionSolve";
  public static final String FIELD_WITHIN_UNIT_AUTHORITY = "withinUnitAuthority";
  public static final String FIELD_CLASSIFICATION_NOTE = "classificationNote";
  public static final String FIELD_MEASURE = "measure";
  public static final String FIELD_OUTCOME = "outcome";
  public static final String FIELD_OUTCOME_NOTE = "outcomeNote";
  public static final String FIELD_REPORT_DATE = "reportDate";
  public static final String FIELD_REPORTED_TO = "reportedTo";
  public static final String FIELD_PROPOSAL = "proposal";
  public static final String FIELD_ANSWER = "answer";
  public static final String FIELD_ANSWER_OUTCOME = "answerOutcome";
  public static final String FIELD_PROGRESS = "progress";

  // Routes (outputs of two-visits-issue-routing)
  public static final String ROUTE_UNION_SOLVES = "UNION_SOLVES";
  public static final String ROUTE_REPORT_TO_ADMINISTRATION = "REPORT_TO_ADMINISTRATION";
  public static final String ROUTE_REPORT_TO_SUPERIOR = "REPORT_TO_SUPERIOR";

  // Outcomes of the union's solution and of each round of assistance
  public static final String OUTCOME_SOLVED = "SOLVED";
  public static final String OUTCOME_CLOSED = "CLOSED";
  public static final String OUTCOME_CONTINUE = "CONTINUE";

  private IssueProcess() {}
}
