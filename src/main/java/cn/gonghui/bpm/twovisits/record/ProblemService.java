package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.twovisits.IssueProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problems a campaign's visits raise and what is done about each (000:85-91): raised one a line of a visit's
 * form (each becomes a two-visits-issue case), classified as 客观 or 主观 with a category, routed, solved by the union
 * (measure and result), or reported with a proposal to the unit's administration or to the superior union, whose
 * answer comes back; assisted round by round until solved, or closed with a reason. Every step is appended.
 */
@Service
public class ProblemService {

  private final CampaignService campaigns;
  private final CampaignSettings settings;
  private final Problems problems;
  private final ProblemSteps steps;

  public ProblemService(CampaignService campaigns, CampaignSettings settings, Problems problems, ProblemSteps steps) {
    this.campaigns = campaigns;
    this.settings = settings;
    this.problems = problems;
    this.steps = steps;
  }

  /**
   * The problems of one visit, one a line (at most 30, each at most 500 characters). Each is due at the end of
   * phase 3's window, but never sooner than the configured shortest period after it was raised.
   */
  @Transactional
  public List<Problem> raise(String caseId, Problem.Source source, long sourceId, String text, String field, LocalDate raisedOn, String user) {
    Campaign campaign = campaigns.require(caseId);
    List<Lines.Line> lines = Lines.checked(text, field, "需要解决的问题", 500, 30);
    LocalDate phase3End = campaigns.schedule(campaign).windowEnds().get(2);
    LocalDate earliest = CampaignSchedule.today().plus(settings.problemMinPeriod());
    LocalDate due = phase3End.isBefore(earliest) ? earliest : phase3End;
    List<Problem> raised = new ArrayList<>();
    for (Lines.Line line : lines) {
      raised.add(
          problems.save(new Problem(campaign.getId(), campaign.getOrgUnitCode(), source, sourceId, line.text(), raisedOn, due, user)));
    }
    return raised;
  }

  /** The problem's own case has started. */
  @Transactional
  public Problem linkCase(long problemId, String issueCaseId) {
    Problem problem = requireById(problemId);
    if (problem.getProcessInstanceId() != null && !problem.getProcessInstanceId().equals(issueCaseId)) {
      throw new ConflictException(IssueProcess.VAR_PROBLEM_ID, "该问题已有办理事项");
    }
    problem.linkCase(issueCaseId);
    return problem;
  }

  /** 归类: 客观 or 主观, a category, and the union's note on it. */
  @Transactional
  public void classify(String issueCaseId, Problem.Nature nature, Problem.Category category, boolean canUnionSolve,
      boolean withinUnitAuthority, String note, String user) {
    Problem problem = require(issueCaseId);
    problem.classify(nature, category);
    String text =
        nature.label() + "方面，" + category.label() + "；工会" + (canUnionSolve ? "能" : "不能") + "解决，本单位行政"
            + (withinUnitAuthority ? "能" : "不能") + "解决" + (note == null ? "" : "。" + note);
    step(problem, ProblemStep.Kind.CLASSIFIED, text, CampaignSchedule.today(), problem.getOrgUnitCode(), user);
  }

  /** The route {@code two-visits-issue-routing} chose. */
  @Transactional
  public void routed(String issueCaseId, Problem.Route route) {
    require(issueCaseId).route(route);
  }

  /** The union solved it (measure and result) or closes it unsolved with a reason. */
  @Transactional
  public Problem.Status solveByUnion(String issueCaseId, String measure, String outcome, String note, String user) {
    Problem problem = require(issueCaseId);
    step(problem, ProblemStep.Kind.MEASURE, measure, CampaignSchedule.today(), problem.getOrgUnitCode(), user);
    return finish(problem, outcome, note, user);
  }

  /** Reported to the unit's administration with the union's proposed solution. */
  @Transactional
  public void reportToAdministration(String issueCaseId, LocalDate date, String reportedTo, String proposal, String user) {
    Problem problem = require(issueCaseId);
    step(problem, ProblemStep.Kind.REPORTED_TO_ADMINISTRATION, "向" + reportedTo + "汇报，提出意见：" + proposal, date,
        problem.getOrgUnitCode(), user);
    problem.status(Problem.Status.ASSISTING);
  }

  /** Reported to the superior union (its clerks answer) with the union's proposed solution. */
  @Transactional
  public void reportToSuperior(String issueCaseId, LocalDate date, String proposal, String superiorUnit, String user) {
    Problem problem = require(issueCaseId);
    if (superiorUnit == null) {
      throw new IllegalStateException("problem " + problem.getId() + " has no superior union to report to");
    }
    problem.reportedTo(superiorUnit);
    step(problem, ProblemStep.Kind.REPORTED_TO_SUPERIOR, proposal, date, problem.getOrgUnitCode(), user);
    problem.status(Problem.Status.REPORTED);
  }

  /** The superior union's answer; the union assists from here. */
  @Transactional
  public void answer(String issueCaseId, String answer, String answerOutcomeLabel, String unitCode, String user) {
    Problem problem = require(issueCaseId);
    step(problem, ProblemStep.Kind.ANSWERED, answerOutcomeLabel + "：" + answer, CampaignSchedule.today(), unitCode, user);
    problem.status(Problem.Status.ASSISTING);
  }

  /** One round of assistance: what was done, and whether it is solved, closed or goes on. */
  @Transactional
  public Problem.Status assist(String issueCaseId, String progress, String outcome, String note, String user) {
    Problem problem = require(issueCaseId);
    step(problem, ProblemStep.Kind.ASSISTED, progress, CampaignSchedule.today(), problem.getOrgUnitCode(), user);
    if (IssueProcess.OUTCOME_CONTINUE.equals(outcome)) {
      return problem.getStatus();
    }
    return finish(problem, outcome, note, user);
  }

  private Problem.Status finish(Problem problem, String outcome, String note, String user) {
    if (note == null) {
      throw new InvalidInputException(
          IssueProcess.FIELD_OUTCOME_NOTE, IssueProcess.OUTCOME_SOLVED.equals(outcome) ? "解决结果" : "结案理由",
          IssueProcess.OUTCOME_SOLVED.equals(outcome) ? "已解决时请写明解决结果" : "未解决而结案时必须写明理由");
    }
    boolean solved = IssueProcess.OUTCOME_SOLVED.equals(outcome);
    step(problem, solved ? ProblemStep.Kind.SOLVED : ProblemStep.Kind.CLOSED, note, CampaignSchedule.today(), problem.getOrgUnitCode(), user);
    problem.status(solved ? Problem.Status.SOLVED : Problem.Status.CLOSED);
    return problem.getStatus();
  }

  /** The due date passed with the problem not solved or closed. */
  @Transactional
  public void overdue(String issueCaseId) {
    Problem problem = require(issueCaseId);
    if (!problem.getStatus().isEnded() && !problem.isOverdue()) {
      problem.flagOverdue();
      steps.save(new ProblemStep(problem.getId(), ProblemStep.Kind.OVERDUE, "已超过办理期限（" + problem.getDueDate() + "）",
          CampaignSchedule.today(), problem.getOrgUnitCode(), null));
    }
  }

  /** The problems phase 3 cannot close with: not yet classified, or still in the union's own hands. */
  @Transactional(readOnly = true)
  public List<Problem> notYetHandled(long campaignId) {
    return problems.findByCampaignIdOrderById(campaignId).stream()
        .filter(p -> p.getStatus() == Problem.Status.OPEN || p.getStatus() == Problem.Status.UNION_SOLVING)
        .toList();
  }

  /** The problems of a campaign as the phase 3 form shows them, one a line with route and status. */
  @Transactional(readOnly = true)
  public String overview(long campaignId) {
    List<Problem> list = problems.findByCampaignIdOrderById(campaignId);
    if (list.isEmpty()) {
      return "本次走访没有收集到需要解决的问题。";
    }
    StringBuilder text = new StringBuilder();
    int n = 1;
    for (Problem p : list) {
      text.append(n++).append(". ").append(p.getDescription()).append("（")
          .append(p.getRoute() == null ? "未分流" : p.getRoute().label()).append("，").append(p.getStatus().label())
          .append(p.isOverdueOn(CampaignSchedule.today()) ? "，已逾期" : "").append("）\n");
    }
    return text.toString().strip();
  }

  @Transactional(readOnly = true)
  public Problem require(String issueCaseId) {
    return problems.findByProcessInstanceId(issueCaseId).orElseThrow(() -> new NotFoundException("没有找到该问题"));
  }

  @Transactional(readOnly = true)
  public Problem requireById(long problemId) {
    return problems.findById(problemId).orElseThrow(() -> new NotFoundException("没有找到该问题"));
  }

  @Transactional(readOnly = true)
  public List<Problem> ofCampaign(long campaignId) {
    return problems.findByCampaignIdOrderById(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Problem> ofCampaigns(Collection<Long> campaignIds) {
    return campaignIds.isEmpty() ? List.of() : problems.findByCampaignIdInOrderById(campaignIds);
  }

  /** The problems reported to a superior union: what its clerks may see. */
  @Transactional(readOnly = true)
  public List<Problem> reportedTo(String unitCode) {
    return problems.findByReportedToUnitOrderById(unitCode);
  }

  @Transactional(readOnly = true)
  public List<ProblemStep> steps(long problemId) {
    return steps.findByProblemIdOrderById(problemId);
  }

  /** The text of the union's report to the superior, for the superior's answer form. */
  @Transactional(readOnly = true)
  public String reportText(String issueCaseId) {
    Problem problem = require(issueCaseId);
    StringBuilder text = new StringBuilder("问题：").append(problem.getDescription());
    for (ProblemStep step : steps(problem.getId())) {
      if (step.getKind() == ProblemStep.Kind.CLASSIFIED || step.getKind() == ProblemStep.Kind.REPORTED_TO_SUPERIOR) {
        text.append("\n\n").append(step.getKind().label()).append("：").append(step.getText());
      }
    }
    return text.toString();
  }

  /** The latest answer or report, for the union's assistance form. */
  @Transactional(readOnly = true)
  public String answerText(String issueCaseId) {
    Problem problem = require(issueCaseId);
    List<ProblemStep> list = steps(problem.getId());
    StringBuilder text = new StringBuilder("问题：").append(problem.getDescription());
    for (ProblemStep step : list) {
      if (step.getKind() != ProblemStep.Kind.CLASSIFIED && step.getKind() != ProblemStep.Kind.OVERDUE) {
        text.append("\n\n").append(step.getStepDate() == null ? "" : step.getStepDate() + " ").append(step.getKind().label())
            .append("：").append(step.getText());
      }
    }
    return text.toString();
  }

  private void step(Problem problem, ProblemStep.Kind kind, String text, LocalDate date, String unit, String user) {
    steps.save(new ProblemStep(problem.getId(), kind, text, date, unit, user));
  }
}
