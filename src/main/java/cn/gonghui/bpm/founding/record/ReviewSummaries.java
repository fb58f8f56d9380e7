package cn.gonghui.bpm.founding.record;

import cn.gonghui.bpm.enterprise.Enterprise;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approver decides on, as text for the approval forms: the founding report with its preparatory
 * group, the candidates with their eligibility, the election with the elected committee. Identity numbers
 * are never shown (the approver does not need them).
 */
@Service
public class ReviewSummaries {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final FoundingCaseService cases;
  private final FoundingRecordService records;
  private final Elections elections;
  private final RosterService roster;

  public ReviewSummaries(FoundingCaseService cases, FoundingRecordService records, Elections elections, RosterService roster) {
    this.cases = cases;
    this.records = records;
    this.elections = elections;
    this.roster = roster;
  }

  /** 审核建会报告: the enterprise, the latest report and the preparatory group. */
  @Transactional(readOnly = true)
  public String report(String caseId) {
    List<String> lines = new ArrayList<>(enterprise(caseId));
    List<FoundingReport> reports = records.reports(caseId);
    if (!reports.isEmpty()) {
      FoundingReport latest = reports.get(reports.size() - 1);
      lines.add("建会报告（" + DATE.format(latest.getReportDate()) + (reports.size() > 1 ? "，第" + reports.size() + "次提交" : "") + "）：");
      lines.add(latest.getSummary());
    }
    records.preparatoryGroup(caseId).ifPresent(group -> lines.add(
        "筹备组（" + (group.getRoute() == PreparatoryGroup.Route.PARTY_NOMINATION ? "党组织提名：" + group.getPartyOrganisationName() : "上级工会与职工、企业代表协商")
            + "，" + DATE.format(group.getAgreedOn()) + "）："));
    for (PreparatoryMember member : records.preparatoryMembers(caseId)) {
      lines.add("- " + member.getName() + "（" + member.getRepresents() + "）");
    }
    return String.join("\n", lines);
  }

  /** 审批候选人: the candidates of the current round, each checked against union-cadre-eligibility. */
  @Transactional(readOnly = true)
  public String candidates(String caseId) {
    List<String> lines = new ArrayList<>(enterprise(caseId));
    lines.add("会员：" + roster.memberCount(caseId) + "人");
    List<Candidate> current = records.currentCandidates(caseId);
    lines.add("候选人（" + current.size() + "人，" + (current.isEmpty() ? "" : method(current.get(0).getNominationMethod())) + "）：");
    for (Candidate c : current) {
      lines.add(
          "- " + c.getName() + "，" + c.getPosition().label() + "，会员"
              + (c.isOwnerOrRelative() ? "，企业主或其近亲属" : "") + "，任职资格审查：合格");
    }
    return String.join("\n", lines);
  }

  /** 审批选举结果: the latest election and the elected committee. */
  @Transactional(readOnly = true)
  public String election(String caseId) {
    List<String> lines = new ArrayList<>(enterprise(caseId));
    List<Election> list = elections.findByProcessInstanceIdOrderById(caseId);
    if (!list.isEmpty()) {
      Election latest = list.get(list.size() - 1);
      lines.add(
          (latest.getAssemblyType() == Election.AssemblyType.MEMBERS_ASSEMBLY ? "会员大会" : "会员代表大会") + "，"
              + DATE.format(latest.getElectionDate()) + "，会员" + roster.memberCount(caseId) + "人，到会" + latest.getVotersPresent() + "人");
    }
    lines.add("当选人员：");
    for (Candidate c : records.elected(caseId)) {
      lines.add("- " + c.getName() + "，" + c.getPosition().label());
    }
    return String.join("\n", lines);
  }

  private List<String> enterprise(String caseId) {
    Enterprise e = cases.enterpriseOf(caseId);
    return List.of(
        "企业：" + e.getName() + "（职工" + e.getEmployeeCount() + "人，女职工" + e.getFemaleEmployeeCount() + "人，"
            + (e.isHasPartyOrganisation() ? "有" : "无") + "党组织）");
  }

  private static String method(String nominationMethod) {
    return "RECOMMENDED".equals(nominationMethod) ? "上级工会推荐" : "会员民主推选";
  }
}
