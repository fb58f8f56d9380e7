package cn.gonghui.bpm.founding.record;

import static cn.gonghui.bpm.founding.FoundingProcess.STRUCTURE_AUDIT_COMMITTEE;
import static cn.gonghui.bpm.founding.FoundingProcess.STRUCTURE_FULL_TIME_CHAIR;
import static cn.gonghui.bpm.founding.FoundingProcess.STRUCTURE_WOMEN_COMMITTEE;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.approval.Decision;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of the eight founding steps, each belonging to its case (process instance id): a refused
 * case's records stay when the enterprise starts again. Every method checks all of its input first and
 * throws {@link InvalidInputException} (field + Chinese message, every bad row of a table at once) before it
 * writes anything. The rules of the steps live here; the task listeners only map form fields in.
 */
@Service
public class FoundingRecordService {

  /** What a step-5 input line looks like, for messages. */
  static final String CANDIDATE_LINE = "姓名,居民身份证号码,职务,是否企业主或其近亲属(是/否)";

  /** The least number of people in a preparatory group (上级工会、职工和企业各方代表). */
  static final int MIN_PREPARATORY_MEMBERS = 3;

  private final FoundingCaseService cases;
  private final RosterService roster;
  private final CadreEligibility eligibility;
  private final PreparatoryGroups groups;
  private final PreparatoryMembers groupMembers;
  private final FoundingReports reports;
  private final Publicities publicities;
  private final Candidates candidates;
  private final Elections elections;
  private final EightHavesChecks eightHavesChecks;

  public FoundingRecordService(
      FoundingCaseService cases,
      RosterService roster,
      CadreEligibility eligibility,
      PreparatoryGroups groups,
      PreparatoryMembers groupMembers,
      FoundingReports reports,
      Publicities publicities,
      Candidates candidates,
      Elections elections,
      EightHavesChecks eightHavesChecks) {
    this.cases = cases;
    this.roster = roster;
    this.eligibility = eligibility;
    this.groups = groups;
    this.groupMembers = groupMembers;
    this.reports = reports;
    this.publicities = publicities;
    this.candidates = candidates;
    this.elections = elections;
    this.eightHavesChecks = eightHavesChecks;
  }

  // ---- Step 1 -----------------------------------------------------------------------------------

  /** Records the case's preparatory group; {@code membersText} has one {@code 姓名,代表方} a line. */
  @Transactional
  public void recordPreparatoryGroup(
      String caseId,
      PreparatoryGroup.Route route,
      String partyOrganisationName,
      LocalDate agreedOn,
      String membersText,
      String field,
      String user) {
    long enterpriseId = cases.require(caseId).getEnterpriseId();
    RowErrors errors = new RowErrors(field, "筹备组成员");
    List<String[]> members = new ArrayList<>();
    for (Table.Row row : TableReader.readLines(membersText).rows()) {
      String name = row.cell(0);
      String represents = row.cell(1);
      int before = errors.count();
      if (name.isEmpty() || name.length() > 100) {
        errors.add(row.line(), "「姓名」不能为空，也不能超过100个字");
      }
      if (represents.isEmpty() || represents.length() > 100) {
        errors.add(row.line(), "缺少「代表方」（如：党组织推荐、上级工会、职工代表、企业代表）");
      }
      if (errors.count() == before) {
        members.add(new String[] {name, represents});
      }
    }
    errors.throwIfAny("请按“姓名,代表方”每行填写一人");
    if (members.size() < MIN_PREPARATORY_MEMBERS) {
      throw new InvalidInputException(field, "筹备组成员", "至少登记" + MIN_PREPARATORY_MEMBERS + "名成员，每行一人：姓名,代表方");
    }
    groups.save(new PreparatoryGroup(caseId, enterpriseId, route, partyOrganisationName, agreedOn, user));
    for (String[] member : members) {
      groupMembers.save(new PreparatoryMember(caseId, enterpriseId, member[0], member[1]));
    }
  }

  @Transactional(readOnly = true)
  public Optional<PreparatoryGroup> preparatoryGroup(String caseId) {
    return groups.findByProcessInstanceId(caseId);
  }

  @Transactional(readOnly = true)
  public List<PreparatoryMember> preparatoryMembers(String caseId) {
    return groupMembers.findByProcessInstanceIdOrderById(caseId);
  }

  // ---- Step 2 -----------------------------------------------------------------------------------

  /** Appends a submission of the founding report (a returned report is submitted again, both are kept). */
  @Transactional
  public void submitReport(String caseId, LocalDate reportDate, String summary, String user) {
    reports.save(new FoundingReport(caseId, cases.require(caseId).getEnterpriseId(), reportDate, summary, user));
  }

  @Transactional(readOnly = true)
  public List<FoundingReport> reports(String caseId) {
    return reports.findByProcessInstanceIdOrderById(caseId);
  }

  // ---- Step 3 -----------------------------------------------------------------------------------

  @Transactional
  public void recordPublicity(String caseId, LocalDate date, String means, int employeesReached, String field, String user) {
    Enterprise enterprise = cases.enterpriseOf(caseId);
    if (employeesReached > enterprise.getEmployeeCount()) {
      throw new InvalidInputException(
          field, "覆盖职工人数", "不能多于企业职工人数（" + enterprise.getEmployeeCount() + "人）");
    }
    publicities.save(new Publicity(caseId, enterprise.getId(), date, means, employeesReached, user));
  }

  // ---- Step 4 -----------------------------------------------------------------------------------

  /**
   * The roster of the case, typed into the form (replacing an upload) or uploaded before; returns the
   * member count. A case without members cannot go on.
   */
  @Transactional
  public int registerMembers(String caseId, String typedRows, String field) {
    if (typedRows != null) {
      roster.importLines(caseId, typedRows, field);
    }
    int members = roster.memberCount(caseId);
    if (members == 0) {
      throw new InvalidInputException(field, "会员名单", "还没有会员：请先上传会员花名册，或在文本框中逐行填写");
    }
    return members;
  }

  // ---- Step 5 -----------------------------------------------------------------------------------

  /**
   * Nominates the candidates of this round. Each line: {@value #CANDIDATE_LINE}. Every nominee must be a
   * member (in the case's roster) and pass {@code union-cadre-eligibility}; the bodies the organisation
   * form requires must each have a nominee. Every bad line is reported at once. Candidates of an earlier,
   * returned round stay on record as returned.
   */
  @Transactional
  public List<Candidate> nominateCandidates(
      String caseId,
      String text,
      String nominationMethod,
      boolean fullTimeChairArranged,
      Collection<String> requiredStructures,
      String field,
      String fullTimeField) {
    long enterpriseId = cases.require(caseId).getEnterpriseId();
    Map<String, UnionMember> membersById =
        roster.members(caseId).stream().collect(Collectors.toMap(UnionMember::getIdNumber, m -> m, (a, b) -> a));
    RowErrors errors = new RowErrors(field, "候选人名单");
    List<Candidate> nominees = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Table.Row row : TableReader.readLines(text).rows()) {
      int line = row.line();
      if (row.cells().size() < 4) {
        errors.add(line, "格式不正确，应为：" + CANDIDATE_LINE);
        continue;
      }
      int before = errors.count();
      String name = row.cell(0);
      String idNumber = ResidentIdNumber.normalise(row.cell(1));
      String idProblem = ResidentIdNumber.problem(idNumber);
      if (name.isEmpty()) {
        errors.add(line, "「姓名」不能为空");
      }
      if (idProblem != null) {
        errors.add(line, "「居民身份证号码」" + idProblem);
      }
      Optional<Position> position = Position.fromLabel(row.cell(2));
      if (position.isEmpty()) {
        errors.add(line, "「职务」只能是：主席、副主席、委员、经审会主任、经审委员、女职委主任、女职委委员");
      }
      String owner = row.cell(3);
      if (!owner.equals("是") && !owner.equals("否")) {
        errors.add(line, "「是否企业主或其近亲属」只能填“是”或“否”");
      }
      if (errors.count() > before) {
        continue;
      }
      Position p = position.get();
      if (!seen.add(idNumber + "/" + p)) {
        errors.add(line, name + "重复提名为" + p.label());
        continue;
      }
      UnionMember member = membersById.get(idNumber);
      CadreEligibility.Verdict verdict = eligibility.check(p, member != null, owner.equals("是"));
      if (!verdict.eligible()) {
        errors.add(line, name + "不能担任" + p.label() + "：" + verdict.reason());
        continue;
      }
      if (p.isWomenCommittee() && !"女".equals(member.getGender())) {
        errors.add(line, name + "不是女会员，不能担任" + p.label());
        continue;
      }
      nominees.add(new Candidate(caseId, enterpriseId, name, idNumber, p, owner.equals("是"), nominationMethod));
    }
    errors.throwIfAny("请修改后重新提交");
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
    return candidates.saveAll(nominees);
  }

  private static void requireBody(Set<Position> positions, Position needed, String field, String message) {
    if (!positions.contains(needed)) {
      throw new InvalidInputException(field, "候选人名单", message);
    }
  }

  /** The candidates of the current round (not returned), in nomination order. */
  @Transactional(readOnly = true)
  public List<Candidate> currentCandidates(String caseId) {
    return candidates.findByProcessInstanceIdOrderById(caseId).stream()
        .filter(c -> c.getState() != Candidate.State.RETURNED)
        .toList();
  }

  /**
   * Records the party organisation's or the superior union's decision on the current candidates and
   * answers whether the candidates may go on to the election as far as this decision goes: a return marks
   * the round returned (false); an approval marks them approved once everyone who must approve has.
   */
  @Transactional
  public boolean recordCandidateDecision(String caseId, boolean byParty, Decision decision, boolean hasPartyOrganisation) {
    for (Candidate candidate : currentCandidates(caseId)) {
      if (decision == Decision.RETURN) {
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
    return decision == Decision.APPROVE;
  }

  // ---- Step 6 -----------------------------------------------------------------------------------

  /**
   * Records the election: {@code electedText} has one {@code 姓名,职务} a line; only approved candidates
   * for that position, exactly one 主席, and every required body filled (主席; 经审会主任 with an audit
   * committee; 女职委主任 with a women's committee). A returned election is recorded again; both stay.
   */
  @Transactional
  public void recordElection(
      String caseId,
      Election.AssemblyType assemblyType,
      LocalDate date,
      int votersPresent,
      String electedText,
      Collection<String> requiredStructures,
      String votersField,
      String electedField,
      String user) {
    long enterpriseId = cases.require(caseId).getEnterpriseId();
    int memberCount = roster.memberCount(caseId);
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
        currentCandidates(caseId).stream().filter(c -> c.getState() == Candidate.State.APPROVED).toList();
    Map<Position, Integer> counts = new EnumMap<>(Position.class);
    List<Candidate> elected = new ArrayList<>();
    RowErrors errors = new RowErrors(electedField, "当选人员");
    for (Table.Row row : TableReader.readLines(electedText).rows()) {
      int line = row.line();
      if (row.cells().size() < 2) {
        errors.add(line, "格式不正确，应为：姓名,职务");
        continue;
      }
      String name = row.cell(0);
      Optional<Position> position = Position.fromLabel(row.cell(1));
      if (position.isEmpty()) {
        errors.add(line, "「职务」不正确：" + row.cell(1));
        continue;
      }
      Optional<Candidate> candidate =
          approved.stream().filter(c -> c.getName().equals(name) && c.getPosition() == position.get()).findFirst();
      if (candidate.isEmpty()) {
        errors.add(line, name + "不是经批准的" + position.get().label() + "候选人，不能当选");
      } else if (elected.contains(candidate.get())) {
        errors.add(line, name + "重复填写");
      } else {
        elected.add(candidate.get());
        counts.merge(position.get(), 1, Integer::sum);
      }
    }
    if (counts.getOrDefault(Position.CHAIR, 0) != 1) {
      errors.addGeneral("工会委员会须选出主席一名");
    }
    if (requiredStructures.contains(STRUCTURE_AUDIT_COMMITTEE) && counts.getOrDefault(Position.AUDIT_COMMITTEE_DIRECTOR, 0) != 1) {
      errors.addGeneral("须选出经费审查委员会主任一名");
    }
    if (requiredStructures.contains(STRUCTURE_WOMEN_COMMITTEE) && counts.getOrDefault(Position.WOMEN_COMMITTEE_DIRECTOR, 0) != 1) {
      errors.addGeneral("须选出女职工委员会主任一名");
    }
    errors.throwIfAny("请修改后重新提交");
    approved.forEach(Candidate::notElected);
    elected.forEach(Candidate::elected);
    elections.save(new Election(caseId, enterpriseId, assemblyType, date, votersPresent, user));
  }

  /** The elected committee of the case's latest election, in nomination order. */
  @Transactional(readOnly = true)
  public List<Candidate> elected(String caseId) {
    return currentCandidates(caseId).stream().filter(Candidate::isElected).toList();
  }

  // ---- Step 7 -----------------------------------------------------------------------------------

  /** 批准 needs the superior union's 批复文号; returns the number to record (null unless approved). */
  public String approvalNumber(Decision decision, String approvalNumber, String field) {
    if (decision != Decision.APPROVE) {
      return null;
    }
    if (approvalNumber == null || approvalNumber.isBlank()) {
      throw new InvalidInputException(field, "批复文号", "批准时必须填写批复文号");
    }
    return approvalNumber.trim();
  }

  // ---- 八有 --------------------------------------------------------------------------------------

  @Transactional
  public void recordEightHaves(String caseId, boolean[] items, List<String> missing, String user) {
    eightHavesChecks.save(
        new EightHavesCheck(
            caseId,
            cases.require(caseId).getEnterpriseId(),
            items,
            missing.isEmpty() ? null : String.join("、", missing),
            user));
  }

  @Transactional(readOnly = true)
  public List<EightHavesCheck> eightHavesChecks(String caseId) {
    return eightHavesChecks.findByProcessInstanceIdOrderById(caseId);
  }

  /** Keeps only strings of a JSON or Java list (the DMN COLLECT result), in order. */
  public static List<String> strings(Object list) {
    List<String> result = new ArrayList<>();
    if (list instanceof Collection<?> items) {
      items.forEach(item -> result.add(String.valueOf(item)));
    }
    return result;
  }
}
