package cn.gonghui.bpm.scholarship.api;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.scholarship.record.Application;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.EnrolmentCheck;
import cn.gonghui.bpm.scholarship.record.EnrolmentStatus;
import cn.gonghui.bpm.scholarship.record.FundEntry;
import cn.gonghui.bpm.scholarship.record.FundLedger;
import cn.gonghui.bpm.scholarship.record.FundSource;
import cn.gonghui.bpm.scholarship.record.Grant;
import cn.gonghui.bpm.scholarship.record.LateWork;
import cn.gonghui.bpm.scholarship.record.Outcome;
import cn.gonghui.bpm.scholarship.record.Payment;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import cn.gonghui.bpm.scholarship.record.Step;
import cn.gonghui.bpm.scholarship.record.SurveyReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' figures of one campaign (/api JSON, .xlsx, the charts page): applications by step, eligible,
 * refused and why, verified, tiers A and B, paid against the budget and the money recorded, the Tier A students of
 * earlier years continuing, the grassroots unions' 摸底 and the late work. Lists show identity numbers masked.
 */
@Service
public class ScholarshipOverview {

  private final CampaignService campaigns;
  private final ApplicationService applications;
  private final FundLedger ledger;
  private final ScholarshipUnits units;

  public ScholarshipOverview(CampaignService campaigns, ApplicationService applications, FundLedger ledger, ScholarshipUnits units) {
    this.campaigns = campaigns;
    this.applications = applications;
    this.ledger = ledger;
    this.units = units;
  }

  /** A code with its Chinese name and a count. */
  public record Count(String code, String label, long count) {}

  /** A campaign as lists show it. */
  public record CampaignView(
      long id, String caseId, String countyCode, String countyName, int year, String phase, String phaseLabel,
      LocalDate deadline, Instant intakeClosesAt, Instant verificationEndsAt, Instant periodEndsAt, BigDecimal budget,
      BigDecimal plannedNeed, int quotaA, int quotaB, BigDecimal amountA, BigDecimal amountB, int continuingPlanned,
      boolean fundsComplete, Instant outcomeDecidedAt, String broadcastChannel, LocalDate broadcastDate, String startedVia, Instant startedAt) {}

  /** The money of a campaign. */
  public record Money(BigDecimal budget, BigDecimal plannedNeed, BigDecimal recorded, BigDecimal paid, BigDecimal balance,
      BigDecimal paidToNewGrants, BigDecimal paidToContinuing, List<Count> recordedBySource) {}

  /** The Tier A students of earlier years this campaign pays again. */
  public record Continuing(int planned, int enrolmentConfirmed, int stopped, int paid) {}

  /** The grassroots unions' 摸底. */
  public record Surveys(int units, int reported, int reportedLate, long examCandidates, long admittedStudents, long assisted) {}

  /** One piece of late work. */
  public record LateView(String kind, String kindLabel, String subject, String unitCode, String unitName, Instant dueAt, Instant flaggedAt) {}

  /** The figures of a campaign. */
  public record Overview(
      CampaignView campaign, int applications, List<Count> byStep, List<Count> byOutcome, int eligible, int ineligible,
      List<Count> refusalReasons, int verified, int notVerified, int tierA, int tierB, Money money, Continuing continuing,
      Surveys surveys, List<LateView> lateWork) {}

  /** One application as lists and exports show it: identity numbers masked, no income, no family situation. */
  public record ApplicationRow(
      String caseId, String number, String registeredUnit, String registeredUnitName, String applicantType, String studentName,
      String maskedStudentIdNumber, String university, String step, String stepLabel, String outcome, String outcomeLabel,
      String reason, String tier, BigDecimal amount, Integer yearsPaid, Integer programmeYears, String grantStatus) {}

  /** One line of the fund ledger with the balance after it. */
  public record LedgerRow(
      LocalDate bookedOn, String direction, String source, String sourceLabel, String contributor, BigDecimal amount, BigDecimal balance, String note) {}

  @Transactional(readOnly = true)
  public CampaignView view(Campaign c) {
    return new CampaignView(
        c.getId(), c.getProcessInstanceId(), c.getCountyCode(), units.nameOf(c.getCountyCode()), c.getYear(), c.getPhase().name(),
        c.getPhase().label(), c.getDeadline(), c.getIntakeClosesAt(), c.getVerificationEndsAt(), c.getPeriodEndsAt(), c.getBudget(),
        c.getPlannedNeed(), c.getQuotaA(), c.getQuotaB(), c.getAmountA(), c.getAmountB(), c.getContinuingCount(), c.isFundsComplete(),
        c.getOutcomeDecidedAt(), c.getBroadcastChannel(), c.getBroadcastDate(), c.getStartedVia().name(), c.getStartedAt());
  }

  @Transactional(readOnly = true)
  public Overview of(Campaign campaign) {
    List<Application> list = applications.ofCampaign(campaign.getId());
    Map<Long, Grant> grants = applications.grantsOf(list).stream().collect(Collectors.toMap(Grant::getApplicationId, Function.identity()));
    List<Count> byStep = counts(Arrays.asList(Step.values()), list.stream().map(Application::getStep).toList(), Step::name, Step::label);
    List<Count> byOutcome =
        counts(Arrays.asList(Outcome.values()), list.stream().map(Application::getOutcome).toList(), Outcome::name, Outcome::label);
    Map<String, Long> reasons =
        list.stream()
            .filter(a -> a.getOutcome() == Outcome.INELIGIBLE)
            .collect(Collectors.groupingBy(Application::getOutcomeReason, LinkedHashMap::new, Collectors.counting()));
    List<Count> refusalReasons = reasons.entrySet().stream().map(e -> new Count(null, e.getKey(), e.getValue())).toList();
    List<Payment> charged = applications.paymentsCharged(campaign.getId());
    Set<Long> newGrantIds = grants.values().stream().map(Grant::getId).collect(Collectors.toSet());
    BigDecimal toNew = charged.stream().filter(p -> newGrantIds.contains(p.getGrantId())).map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal toContinuing = charged.stream().filter(p -> !newGrantIds.contains(p.getGrantId())).map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    FundLedger.Balance balance = ledger.balance(campaign.getId());
    Map<FundSource, BigDecimal> bySource = new LinkedHashMap<>();
    for (FundEntry e : ledger.entriesOf(campaign.getId())) {
      if (e.getDirection() == FundEntry.Direction.IN) {
        bySource.merge(e.getSource(), e.getAmount(), BigDecimal::add);
      }
    }
    List<Count> recordedBySource =
        Arrays.stream(FundSource.values())
            .map(s -> new Count(s.name(), s.label(), bySource.getOrDefault(s, BigDecimal.ZERO).longValue()))
            .toList();
    List<EnrolmentCheck> checks = applications.enrolmentChecksFor(campaign.getId());
    Continuing continuing =
        new Continuing(
            campaign.getContinuingCount(),
            (int) checks.stream().filter(c -> c.getStatus() == EnrolmentStatus.ENROLLED).count(),
            (int) checks.stream().filter(c -> c.getStatus() != EnrolmentStatus.ENROLLED).count(),
            (int) charged.stream().filter(p -> !newGrantIds.contains(p.getGrantId())).count());
    List<SurveyReport> reports = campaigns.surveysOf(campaign.getId());
    Surveys surveys =
        new Surveys(
            units.grassrootsUnionsOf(campaign.getCountyCode()).size(),
            reports.size(),
            (int) reports.stream().filter(SurveyReport::isLate).count(),
            reports.stream().mapToLong(SurveyReport::getExamCandidates).sum(),
            reports.stream().mapToLong(SurveyReport::getAdmittedStudents).sum(),
            reports.stream().mapToLong(SurveyReport::getAssisted).sum());
    return new Overview(
        view(campaign),
        list.size(),
        byStep,
        byOutcome,
        (int) list.stream().filter(a -> Boolean.TRUE.equals(a.getEligible())).count(),
        (int) list.stream().filter(a -> a.getOutcome() == Outcome.INELIGIBLE).count(),
        refusalReasons,
        applications.verifiedIn(campaign.getId()),
        (int) list.stream().filter(a -> a.getOutcome() == Outcome.NOT_VERIFIED).count(),
        (int) grants.values().stream().filter(g -> "A".equals(g.getTier())).count(),
        (int) grants.values().stream().filter(g -> "B".equals(g.getTier())).count(),
        new Money(campaign.getBudget(), campaign.getPlannedNeed(), balance.recorded(), balance.paid(), balance.left(), toNew, toContinuing, recordedBySource),
        continuing,
        surveys,
        lateWork(campaign));
  }

  @Transactional(readOnly = true)
  public List<LateView> lateWork(Campaign campaign) {
    List<LateView> views = new ArrayList<>();
    for (LateWork w : campaigns.lateWorkOf(campaign.getId())) {
      views.add(new LateView(w.getKind().name(), w.getKind().label(), w.getSubject(), w.getUnitCode(), units.nameOf(w.getUnitCode()), w.getDueAt(), w.getFlaggedAt()));
    }
    return views;
  }

  /** The applications, masked; {@code onlyUnits} null for all, else only those registered by these units. */
  @Transactional(readOnly = true)
  public List<ApplicationRow> rows(Campaign campaign, List<String> onlyUnits) {
    List<Application> list =
        onlyUnits == null ? applications.ofCampaign(campaign.getId()) : applications.registeredBy(campaign.getId(), onlyUnits);
    Map<Long, Grant> grants = applications.grantsOf(list).stream().collect(Collectors.toMap(Grant::getApplicationId, Function.identity()));
    Map<String, String> unitNames = new HashMap<>();
    return list.stream()
        .map(
            a -> {
              Grant g = grants.get(a.getId());
              return new ApplicationRow(
                  a.getProcessInstanceId(), a.getNumber(), a.getRegisteredUnit(),
                  unitNames.computeIfAbsent(a.getRegisteredUnit(), units::nameOf), a.getApplicantType().label(), a.getStudentName(),
                  ResidentIdNumber.mask(a.getStudentIdNumber()), a.getUniversity(), a.getStep().name(), a.getStep().label(),
                  a.getOutcome().name(), a.getOutcome().label(), a.getOutcomeReason(), g == null ? null : g.getTier(),
                  g == null ? null : g.getAmount(), g == null ? null : g.getYearsPaid(), a.getProgrammeYears(),
                  g == null ? null : g.getStatus().label());
            })
        .toList();
  }

  /** The fund ledger with the balance after every line. */
  @Transactional(readOnly = true)
  public List<LedgerRow> ledger(Campaign campaign) {
    List<LedgerRow> rows = new ArrayList<>();
    BigDecimal balance = BigDecimal.ZERO;
    for (FundEntry e : ledger.entriesOf(campaign.getId())) {
      boolean in = e.getDirection() == FundEntry.Direction.IN;
      balance = in ? balance.add(e.getAmount()) : balance.subtract(e.getAmount());
      rows.add(new LedgerRow(e.getBookedOn(), in ? "到账" : "发放", e.getSource() == null ? null : e.getSource().name(),
          e.getSource() == null ? null : e.getSource().label(), e.getContributor(), e.getAmount(), balance, e.getNote()));
    }
    return rows;
  }

  private static <E> List<Count> counts(List<E> all, List<E> values, Function<E, String> code, Function<E, String> label) {
    Map<E, Long> counted = values.stream().filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return all.stream().map(e -> new Count(code.apply(e), label.apply(e), counted.getOrDefault(e, 0L))).toList();
  }
}
