package cn.gonghui.bpm.hardship;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A file as /api shows it: the whole file to a keeper who opens it, a masked row in lists and exports. */
public final class HardshipFileViews {

  private HardshipFileViews() {}

  /** A row of a list or export: identity number masked, no income, no illness. */
  public record Row(
      long id, String workerName, String maskedIdNumber, String workplace, int householdSize, String category,
      String categoryLabel, String keepingUnitCode, Instant updatedAt) {

    public static Row of(HardshipFile f) {
      return new Row(
          f.getId(), f.getWorkerName(), ResidentIdNumber.mask(f.getIdNumber()), f.getWorkplace(), f.getHouseholdSize(),
          f.getCategory().name(), f.getCategory().label(), f.getKeepingUnitCode(), f.getUpdatedAt());
    }
  }

  /** The whole file, with its members, visits and aid (opening it is logged). */
  public record Full(
      long id,
      String workerName,
      String idNumber,
      String gender,
      String workplace,
      String phone,
      String address,
      int householdSize,
      BigDecimal monthlyIncome,
      BigDecimal perCapitaMonthlyIncome,
      BigDecimal subsistenceLine,
      boolean suddenHardship,
      String cause,
      String illness,
      String category,
      String categoryLabel,
      String keepingUnitCode,
      List<MemberView> members,
      List<VisitView> visits,
      List<AidView> aid) {

    public static Full of(HardshipFile f, List<HouseholdMember> members, List<HardshipVisit> visits, List<HardshipAid> aid) {
      return new Full(
          f.getId(), f.getWorkerName(), f.getIdNumber(), f.getGender(), f.getWorkplace(), f.getPhone(), f.getAddress(),
          f.getHouseholdSize(), f.getMonthlyIncome(), f.getPerCapitaMonthlyIncome(), f.getSubsistenceLine(),
          f.isSuddenHardship(), f.getCause(), f.getIllness(), f.getCategory().name(), f.getCategory().label(),
          f.getKeepingUnitCode(),
          members.stream().map(m -> new MemberView(m.getName(), m.getRelation(), m.getAge(), m.getOccupation(), m.getHealth())).toList(),
          visits.stream().map(v -> new VisitView(v.getVisitDate(), v.getVisitors(), v.getFindings(), v.getProcessKey(), v.getProcessInstanceId())).toList(),
          aid.stream()
              .map(a -> new AidView(a.getKind().name(), a.getKind().label(), a.getYear(), a.getAmount(), a.getPaidOn(),
                  a.getBeneficiaryName(), ResidentIdNumber.mask(a.getBeneficiaryIdNumber()), a.getProcessKey(), a.getProcessInstanceId()))
              .toList());
    }
  }

  public record MemberView(String name, String relation, int age, String occupation, String health) {}

  public record VisitView(LocalDate date, String visitors, String findings, String processKey, String caseId) {}

  public record AidView(
      String kind, String kindLabel, int year, BigDecimal amount, LocalDate paidOn, String beneficiaryName,
      String maskedBeneficiaryIdNumber, String processKey, String caseId) {}
}
