package cn.gonghui.bpm.founding.record;

import static cn.gonghui.bpm.founding.FoundingProcess.DECISION_APPROVE;
import static cn.gonghui.bpm.founding.FoundingProcess.DECISION_REFUSE;
import static cn.gonghui.bpm.founding.FoundingProcess.DECISION_RETURN;
import static cn.gonghui.bpm.founding.FoundingProcess.STRUCTURE_AUDIT_COMMITTEE;
import static cn.gonghui.bpm.founding.FoundingProcess.STRUCTURE_FULL_TIME_CHAIR;
import static cn.gonghui.bpm.founding.FoundingProcess.STRUCTURE_WOMEN_COMMITTEE;

import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.founding.roster.RosterService;
import cn.gonghui.bpm.founding.roster.UnionMember;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.TextRows;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of the eight founding steps. Every method checks all of its input first and throws
 * {@link InvalidInputException} (field + Chinese message) before it writes anything.
 */
@Service
public class FoundingRecordService {

  /** What a step-5 or step-6 input line looks like, for messages. */
  static final String CANDIDATE_LINE = "姓名,居民身份证号码,职务,是否企业主或其近亲属(是/否)";

  private final LedgerService ledger;
  private final RosterService roster;
  private final CadreEligibility eligibility;
  private final PreparatoryGroups groups;
  private final PreparatoryMembers groupMembers;
  private final FoundingReports reports;
  private final FoundingDecisions decisions;
  private final Publicities publicities;
  private final Candidates candidates;
  private final Elections elections;
  private final FoundedUnions foundedUnions;
  private final EightHavesChecks eightHavesChecks;

  public FoundingRecordService(
      LedgerService ledger,
      RosterService roster,
      CadreEligibility eligibility,
      PreparatoryGroups groups,
      PreparatoryMembers groupMembers,
      FoundingReports reports,
      FoundingDecisions decisions,
      Publicities publicities,
      Candidates candidates,
      Elections elections,
      FoundedUnions foundedUnions,
      EightHavesChecks eightHavesChecks) {
    this.ledger = ledger;
    this.roster = roster;
    this.eligibility = eligibility;
    this.groups = groups;
    this.groupMembers = groupMembers;
    this.reports = reports;
    this.decisions = decisions;
    this.publicities = publicities;
    this.candidates = candidates;
    this.elections = elections;
    this.foundedUnions = foundedUnions;
    this.eightHavesChecks = eightHavesChecks;
  }

  // ---- Step 1 -----------------------------------------------------------------------------------

  /** Records the preparatory group; {@code membersText} has one {@code 姓名,代表方} a line. */
  @Transactional
  public void recordPreparatoryGroup(
      long enterpriseId,
      PreparatoryGroup.Route route,
      String partyOrganisationName,
      LocalDate agreedOn,
      String membersText,
      String field,
      String user) {
    List<String[]> members = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (TextRows.Row row : TextRows.parse(membersText)) {
      String name = row.cell(0);
      String represents = row.cell(1);
      if (name.isEmpty() || name.length() > 100) {
        errors.add(row.at() + "「姓名」不能为空或过长");
      } else if (represents.isEmpty() || represents.length() > 100) {
        errors.add(row.at() + "缺少「代表方」（如：党组织推荐、上级工会、职工代表、企业代表）");
      } else {
        members.add(new String[] {name, represents});
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(field, "筹备组成员", String.join("；", errors));
    }
    if (members.size() < 3) {
      throw new InvalidInputException(field, "筹备组成员", "至少登记3名成员，每行一人：姓名,代表方");
    }
    groupMembers.deleteByEnterpriseId(enterpriseId);
    groups.findById(enterpriseId).ifPresent(groups::delete);
    groups.flush();
    groups.save(new PreparatoryGroup(enterpriseId, route, partyOrganisationName, agreedOn, user));
    for (String[] member : members) {
      groupMembers.save(new PreparatoryMember(enterpriseId, member[0], member[1]));
    }
  }

  @Transactional(readOnly = true)
  public List<PreparatoryMember> preparatoryMembers(long enterpriseId) {
    return groupMembers.findByEnterpriseIdOrderById(enterpriseId);
  }

  // ---- Step 2 and approvals ---------------------------------------------------------------------

  @Transactional
  public void submitReport(long enterpriseId, LocalDate reportDate, String summary, String user) {
    reports.save(new FoundingReport(enterpriseId, reportDate, summary, user));
  }

  /**
   * Records an approver's decision; a return or refusal needs a reason. Returns the decision.
   *
   * @param allowed the decisions this approver may take
   */
  @Transactional
  public String recordDecision(
      long enterpriseId,
      FoundingDecision.Subject subject,
      String decision,
      String reason,
      String reasonField,
      String unitCode,
      String user,
      Collection<String> allowed) {
    if (decision == null || !allowed.contains(decision)) {
      throw new InvalidInputException(reasonField.replace("Reason", "Decision"), subject.label() + "审批意见", "请选择审批结果");
    }
    String trimmed = reason == null ? null : reason.trim();
    if (!DECISION_APPROVE.equals(decision) && (trimmed == null || trimmed.isEmpty())) {
      throw new InvalidInputException(
          reasonField, DECISION_REFUSE.equals(decision) ? "不予批准的理由" : "退回的理由", "不能为空，请写明理由");
    }
    if (trimmed != null && trimmed.length() > 1000) {
      throw new InvalidInputException(reasonField, "理由", "不能超过1000个字");
    }
    decisions.save(new FoundingDecision(enterpriseId, subject, decision, trimmed, unitCode, user));
    return decision;
  }

  @Transactional(readOnly = true)
  public List<FoundingDecision> decisions(long enterpriseId) {
    return decisions.findByEnterpriseIdOrderById(enterpriseId);
  }

  // ---- Step 3 -----------------------------------------------------------------------------------

  @Transactional
  public void recordPublicity(long enterpriseId, LocalDate date, String means, int employeesReached, String field, String user) {
    Enterprise enterprise = ledger.require(enterpriseId);
    if (employeesReached > enterprise.getEmployeeCount()) {
      throw new InvalidInputException(
          field, "覆盖职工人数", "不能多于企业职工人数（" + enterprise.getEmployeeCount() + "人）");
    }
    publicities.save(new Publicity(enterpriseId, date, means, employeesReached, user));
  }

  // ---- Step 5 -----------------------------------------------------------------------------------

  /**
   * Replaces the candidate list. Each line: {@value #CANDIDATE_LINE}. Every nominee must be a member
   * (found in the roster) and pass {@code union-cadre-eligibility}; the bodies the organisation form
   * requires must each have a nominee.
   */
  @Transactional
  public List<Candidate> nominateCandidates(
      long enterpriseId,
      String text,
      String nominationMethod,
      boolean fullTimeChairArranged,
      Collection<String> requiredStructures,
      String field,
      String fullTimeField) {
    Map<String, UnionMember> membersById =
        roster.members(enterpriseId).stream().collect(Collectors.toMap(UnionMember::getIdNumber, m -> m));
    List<Candidate> nominees = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TextRows.Row row : TextRows.parse(text)) {
      String at = row.at();
      if (row.cells().size() < 4) {
        throw new InvalidInputException(field, "候选人名单", at + "格式不正确，应为：" + CANDIDATE_LINE);
      }
      String name = row.cell(0);
      String idNumber = ResidentIdNumber.normalise(row.cell(1));
      String idProblem = ResidentIdNumber.problem(idNumber);
      if (name.isEmpty()) {
        throw new InvalidInputException(field, "候选人名单", at + "「姓名」不能为空");
      }
      if (idProblem != null) {
        throw new InvalidInputException(field, "候选人名单", at + "「居民身份证号码」" + idProblem);
      }
      Position position =
          Position.fromLabel(row.cell(2))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field, "候选人名单", at + "「职务」只能是：主席、副主席、委员、经审会主任、经审委员、女职委主任、女职委委员"));
      String owner = row.cell(3);
      if (!owner.equals("是") && !owner.equals("否")) {
        throw new InvalidInputException(field, "候选人名单", at + "「是否企业主或其近亲属」只能填“是”或“否”");
      }
      if (!seen.add(idNumber + "/" + position)) {
        throw new InvalidInputException(field, "候选人名单", at + name + "重复提名为" + position.label());
      }
      UnionMember member = membersById.get(idNumber);
      CadreEligibility.Verdict verdict = eligibility.check(position, member != null, owner.equals("是"));
      if (!verdict.eligible()) {
        throw new InvalidInputException(
            field, "候选人名单", at + name + "不能担任" + position.label() + "：" + verdict.reason());
      }
      if (position.isWomenCommittee() && !"女".equals(member.getGender())) {
        throw new InvalidInputException(field, "候选人名单", at + name + "不是女会员，不能担任" + position.label());
      }
      nominees.add(new Candidate(enterpriseId, name, idNumber, position, owner.equals("是"), nominationMethod));
    }
    if (nominees.isEmpty()) {
      throw new InvalidInputException(field, "候选人名单", "不能为空，每行一人：" + CANDIDATE_LINE);
    }
    Set<Position> positions = nominees.stream().map(Candidate::getPosition).collect(Collectors.toSet());
    requireBody(positions, Position.CHAIR, field, "工会委员会须有主席候选人");
    if (requiredStructures.contains(STRUCTURE_AUDIT_COMMITTEE)) {
      requireBody(positions, Position.AUDIT_COMMITTEE_DIRECTOR, field, "会员25人以上须建立经费审查委员会，缺少经审会主任候选人");
    }
    if (requiredStructures.contains(STRUCTURE_WOMEN_COMMITTEE)) {
      requireBody(positions, Position.WOMEN_COMMITTEE_DIRECTOR, field, "女职工10人以上须建立女职工委员会，缺少女职委主任候选人");
    }
    if (requiredStructures.contains(STRUCTURE_FULL_TIME_CHAIR) && !fullTimeChairArranged) {
      throw new InvalidInputException(fullTimeField, "专职工会主席或专职工作人员", "会员200人以上须设专职工会主席或专职工作人员，请确认已落实");
    }
    candidates.deleteByEnterpriseId(enterpriseId);
    return candidates.saveAll(nominees);
  }

  private static void requireBody(Set<Position> positions, Position needed, String field, String message) {
    if (!positions.contains(needed)) {
      throw new InvalidInputException(field, "候选人名单", message);
    }
  }

  /**
   * Records the party organisation's or the superior union's decision on the candidates. Once everyone
   * who must approve has approved, the candidates are approved; a return marks them returned.
   */
  @Transactional
  public void recordCandidateDecision(long enterpriseId, boolean byParty, String decision, boolean hasPartyOrganisation) {
    for (Candidate candidate : candidates.findByEnterpriseIdOrderById(enterpriseId)) {
      if (DECISION_RETURN.equals(decision)) {
        candidate.setState(Candidate.State.RETURNED);
        continue;
      }
      if (byParty) {
        candidate.approvedByParty();
      } else {
        candidate.approvedBySuperior();
      }
      boolean approved = candidate.isSuperiorApproved() && (!hasPartyOrganisation || candidate.isPartyApproved());
      if (approved && candidate.getState() == Candidate.State.NOMINATED) {
        candidate.setState(Candidate.State.APPROVED);
      }
    }
  }

  @Transactional(readOnly = true)
  public List<Candidate> candidates(long enterpriseId) {
    return candidates.findByEnterpriseIdOrderById(enterpriseId);
  }

  // ---- Step 6 -----------------------------------------------------------------------------------

  /**
   * Records the election: {@code electedText} has one {@code 姓名,职务} a line; only approved candidates
   * for that position, exactly one 主席, and every required body filled (主席; 经审会主任 with an audit
   * committee; 女职委主任 with a women's committee).
   */
  @Transactional
  public void recordElection(
      long enterpriseId,
      Election.AssemblyType assemblyType,
      LocalDate date,
      int votersPresent,
      String electedText,
      Collection<String> requiredStructures,
      String votersField,
      String electedField,
      String user) {
    int memberCount = roster.memberCount(enterpriseId);
    if (votersPresent > memberCount) {
      throw new InvalidInputException(votersField, "到会人数", "不能多于会员人数（" + memberCount + "人）");
    }
    if (assemblyType == Election.AssemblyType.MEMBERS_ASSEMBLY && votersPresent * 2 <= memberCount) {
      throw new InvalidInputException(votersField, "到会人数", "会员大会须有过半数会员到会（会员" + memberCount + "人）");
    }
    if (votersPresent == 0) {
      throw new InvalidInputException(votersField, "到会人数", "不能为0");
    }
    List<Candidate> approved =
        candidates.findByEnterpriseIdOrderById(enterpriseId).stream()
            .filter(c -> c.getState() == Candidate.State.APPROVED)
            .toList();
    Map<Position, Integer> counts = new EnumMap<>(Position.class);
    List<Candidate> elected = new ArrayList<>();
    for (TextRows.Row row : TextRows.parse(electedText)) {
      String at = row.at();
      if (row.cells().size() < 2) {
        throw new InvalidInputException(electedField, "当选人员", at + "格式不正确，应为：姓名,职务");
      }
      String name = row.cell(0);
      Position position =
          Position.fromLabel(row.cell(1))
              .orElseThrow(() -> new InvalidInputException(electedField, "当选人员", at + "「职务」不正确：" + row.cell(1)));
      Candidate candidate =
          approved.stream()
              .filter(c -> c.getName().equals(name) && c.getPosition() == position)
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          electedField, "当选人员", at + name + "不是经批准的" + position.label() + "候选人，不能当选"));
      if (elected.contains(candidate)) {
        throw new InvalidInputException(electedField, "当选人员", at + name + "重复填写");
      }
      elected.add(candidate);
      counts.merge(position, 1, Integer::sum);
    }
    requireElected(counts, Position.CHAIR, electedField, "工会委员会须选出主席一名");
    if (requiredStructures.contains(STRUCTURE_AUDIT_COMMITTEE)) {
      requireElected(counts, Position.AUDIT_COMMITTEE_DIRECTOR, electedField, "须选出经费审查委员会主任一名");
    }
    if (requiredStructures.contains(STRUCTURE_WOMEN_COMMITTEE)) {
      requireElected(counts, Position.WOMEN_COMMITTEE_DIRECTOR, electedField, "须选出女职工委员会主任一名");
    }
    elected.forEach(Candidate::elected);
    elections.save(new Election(enterpriseId, assemblyType, date, votersPresent, user));
  }

  private static void requireElected(Map<Position, Integer> counts, Position position, String field, String message) {
    if (counts.getOrDefault(position, 0) != 1) {
      throw new InvalidInputException(field, "当选人员", message);
    }
  }

  // ---- Step 8 and 八有 ---------------------------------------------------------------------------

  @Transactional
  public void recordFounded(long enterpriseId, String unionCode, String approvalNumber) {
    foundedUnions.save(new FoundedUnion(enterpriseId, unionCode, approvalNumber));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<FoundedUnion> foundedUnion(long enterpriseId) {
    return foundedUnions.findById(enterpriseId);
  }

  @Transactional
  public void recordEightHaves(long enterpriseId, boolean[] items, List<String> missing, String user) {
    eightHavesChecks.save(
        new EightHavesCheck(enterpriseId, items, missing.isEmpty() ? null : String.join("、", missing), user));
  }

  @Transactional(readOnly = true)
  public List<EightHavesCheck> eightHavesChecks(long enterpriseId) {
    return eightHavesChecks.findByEnterpriseIdOrderById(enterpriseId);
  }

  @Transactional
  public void standardMet(long enterpriseId) {
    foundedUnions.findById(enterpriseId).ifPresent(FoundedUnion::standardMet);
  }

  /** Whether this decision value is one an approver may give. */
  public static boolean isDecision(String value) {
    return DECISION_APPROVE.equals(value) || DECISION_RETURN.equals(value) || DECISION_REFUSE.equals(value);
  }
}
