package cn.gonghui.bpm.twovisits.api;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignDocuments;
import cn.gonghui.bpm.twovisits.record.CampaignPhase;
import cn.gonghui.bpm.twovisits.record.DepartmentVisit;
import cn.gonghui.bpm.twovisits.record.Figures;
import cn.gonghui.bpm.twovisits.record.GroupMember;
import cn.gonghui.bpm.twovisits.record.HomeVisit;
import cn.gonghui.bpm.twovisits.record.Meeting;
import cn.gonghui.bpm.twovisits.record.Notice;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemStep;
import cn.gonghui.bpm.twovisits.record.Relief;
import cn.gonghui.bpm.twovisits.record.Study;
import cn.gonghui.bpm.twovisits.record.Summary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What /api shows of a campaign and its problems. No household's personal data: a home visit names its register
 * file by number (the file is read through the register, access-logged); a retiree of the 年关慰问 shows by a masked
 * identity number.
 */
public final class TwoVisitsViews {

  private TwoVisitsViews() {}

  public record CampaignRow(
      String caseId, long campaignId, String unitCode, int year, String yearLabel, LocalDate startDate, LocalDate endDate,
      int currentPhase, String status, String statusLabel, String launchedBy, String launchedByUnit, Instant startedAt) {

    static CampaignRow of(Campaign c) {
      return new CampaignRow(
          c.getProcessInstanceId(), c.getId(), c.getOrgUnitCode(), c.getCampaignYear(), c.label(), c.getStartDate(), c.getEndDate(),
          c.getCurrentPhase(), c.getStatus().name(), c.getStatus().label(), c.getLaunchedBy(), c.getLaunchedByUnit(), c.getStartedAt());
    }
  }

  public record PhaseView(int phase, String label, LocalDate windowStart, LocalDate windowEnd, Instant startedAt, Instant completedAt, boolean late) {
    static PhaseView of(CampaignPhase p) {
      return new PhaseView(p.getPhase(), p.label(), p.getWindowStart(), p.getWindowEnd(), p.getStartedAt(), p.getCompletedAt(), p.isLate());
    }
  }

  public record StepView(String kind, String kindLabel, String text, LocalDate date, String unitCode, String doneBy, Instant doneAt) {
    static StepView of(ProblemStep s) {
      return new StepView(s.getKind().name(), s.getKind().label(), s.getText(), s.getStepDate(), s.getUnitCode(), s.getDoneBy(), s.getDoneAt());
    }
  }

  public record ProblemView(
      long id, String caseId, long campaignId, String unitCode, String description, String source, String sourceLabel,
      LocalDate raisedOn, LocalDate dueDate, String nature, String category, String categoryLabel, String route, String routeLabel,
      String status, String statusLabel, boolean overdue, String reportedToUnit, List<StepView> steps) {

    static ProblemView of(Problem p, List<ProblemStep> steps, LocalDate today) {
      return new ProblemView(
          p.getId(), p.getProcessInstanceId(), p.getCampaignId(), p.getOrgUnitCode(), p.getDescription(), p.getSource().name(),
          p.getSource().label(), p.getRaisedOn(), p.getDueDate(), p.getNature() == null ? null : p.getNature().label(),
          p.getCategory() == null ? null : p.getCategory().name(), p.getCategory() == null ? null : p.getCategory().label(),
          p.getRoute() == null ? null : p.getRoute().name(), p.getRoute() == null ? null : p.getRoute().label(), p.getStatus().name(),
          p.getStatus().label(), p.isOverdueOn(today), p.getReportedToUnit(), steps.stream().map(StepView::of).toList());
    }
  }

  public record DepartmentVisitView(
      long id, String department, boolean done, LocalDate visitDate, String form, Integer peopleReached, String opinions, String payOpinions) {
    static DepartmentVisitView of(DepartmentVisit v) {
      return new DepartmentVisitView(v.getId(), v.getDepartment(), v.isDone(), v.getVisitDate(), DepartmentVisit.formLabel(v.getVisitForm()),
          v.getPeopleReached(), v.getOpinions(), v.getPayOpinions());
    }
  }

  public record HomeVisitView(long id, Long fileId, boolean foundNow, boolean done, LocalDate visitDate, boolean newFile) {
    static HomeVisitView of(HomeVisit v) {
      return new HomeVisitView(v.getId(), v.getFileId(), v.isFoundNow(), v.isDone(), v.getVisitDate(), v.isNewFile());
    }
  }

  public record ReliefView(String recipientType, String recipientTypeLabel, Long fileId, String maskedRetireeIdNumber, BigDecimal amount,
      LocalDate reliefDate, int festivalYear) {
    static ReliefView of(Relief r) {
      return new ReliefView(r.getRecipientType().name(), r.getRecipientType().label(), r.getFileId(),
          r.getRetireeIdNumber() == null ? null : ResidentIdNumber.mask(r.getRetireeIdNumber()), r.getAmount(), r.getReliefDate(),
          r.getFestivalYear());
    }
  }

  public record Studied(String document, LocalDate studiedOn, int participants) {
    static Studied of(Study s) {
      return new Studied(s.getDocument(), s.getStudiedOn(), s.getParticipants());
    }
  }

  public record Member(String name, String role) {
    static Member of(GroupMember m) {
      return new Member(m.getName(), m.getRole().label());
    }
  }

  public record Posted(LocalDate postedOn, String items) {
    static Posted of(Notice n) {
      return new Posted(n.getPostedOn(), n.getItems());
    }
  }

  public record Held(String kind, String kindLabel, LocalDate heldOn, int attendees, Integer delegatesTotal, String outcome) {
    static Held of(Meeting m) {
      return new Held(m.getKind().name(), m.getKind().label(), m.getHeldOn(), m.getAttendees(), m.getDelegatesTotal(), m.getOutcome());
    }
  }

  public record DocumentView(long id, String kind, String kindLabel, String title, String body, String fileName, LocalDate writtenOn, Instant recordedAt) {
    static DocumentView of(CampaignDocuments.Listed d) {
      return new DocumentView(d.id(), d.kind().name(), d.kind().label(), d.title(), d.body(), d.fileName(), d.writtenOn(), d.recordedAt());
    }
  }

  public record SummaryView(long documentId, int departmentVisits, int peopleReached, int homeVisits, int householdsFiled, int problems,
      int problemsSolved, int problemsClosed, int problemsOpen, int reliefRecipients, BigDecimal reliefAmount) {
    static SummaryView of(Summary s) {
      return new SummaryView(s.getDocumentId(), s.getDepartmentVisits(), s.getPeopleReached(), s.getHomeVisits(), s.getHouseholdsFiled(),
          s.getProblems(), s.getProblemsSolved(), s.getProblemsClosed(), s.getProblemsOpen(), s.getReliefRecipients(), s.getReliefAmount());
    }
  }

  /** A whole campaign. */
  public record CampaignDetail(
      CampaignRow campaign, List<PhaseView> phases, Figures figures, List<Studied> studies, List<DocumentView> documents,
      List<Member> leadingGroup, List<Posted> notices, List<Held> meetings, List<DepartmentVisitView> departmentVisits,
      List<HomeVisitView> homeVisits, List<ProblemView> problems, List<ReliefView> relief, List<SummaryView> summaries) {}
}
