package cn.gonghui.bpm.founding.record;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.input.TextHygiene;
import cn.gonghui.bpm.platform.table.UnreadableTableException;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 4 发展会员: checks a member roster row by row and, only when the whole roster is clean, replaces
 * the case's roster with it (a correction within the case; other cases keep theirs). A roster with any bad
 * row imports nothing.
 */
@Service
public class RosterService {

  /** Field key of an uploaded roster file. */
  public static final String FIELD_FILE = "file";
  static final String LABEL = "会员花名册";

  private final UnionMemberRepository members;
  private final LedgerService ledger;
  private final FoundingCases cases;

  public RosterService(UnionMemberRepository members, LedgerService ledger, FoundingCases cases) {
    this.members = members;
    this.ledger = ledger;
    this.cases = cases;
  }

  /** Imports an uploaded .xlsx/.csv roster into the case; returns the number of members. */
  @Transactional
  public int importFile(String caseId, String fileName, byte[] content) {
    List<RosterRow> rows;
    try {
      rows = RosterParser.parseFile(fileName, content);
    } catch (UnreadableTableException e) {
      throw new InvalidInputException(FIELD_FILE, LABEL, e.getMessage());
    }
    return replace(caseId, rows, FIELD_FILE);
  }

  /** Imports the lines typed into the form's text box; returns the number of members. */
  @Transactional
  public int importLines(String caseId, String text, String field) {
    return replace(caseId, RosterParser.parseLines(text), field);
  }

  @Transactional(readOnly = true)
  public List<UnionMember> members(String caseId) {
    return members.findByProcessInstanceIdOrderById(caseId);
  }

  @Transactional(readOnly = true)
  public int memberCount(String caseId) {
    return (int) members.countByProcessInstanceId(caseId);
  }

  private int replace(String caseId, List<RosterRow> rows, String field) {
    FoundingCase foundingCase =
        cases.findByProcessInstanceId(caseId).orElseThrow(() -> new NotFoundException("没有找到该建会事项"));
    if (foundingCase.getOutcome() != FoundingCase.Outcome.OPEN) {
      throw new InvalidInputException(field, LABEL, "该建会事项已办结（" + foundingCase.getOutcome().label() + "），不能再登记会员");
    }
    Enterprise enterprise = ledger.require(foundingCase.getEnterpriseId());
    List<RosterRow> clean = check(rows, enterprise.getEmployeeCount(), enterprise.getFemaleEmployeeCount(), field);
    members.deleteByProcessInstanceId(caseId);
    for (RosterRow row : clean) {
      members.save(new UnionMember(caseId, enterprise.getId(), row));
    }
    members.flush();
    ledger.setMemberCount(enterprise.getId(), clean.size());
    return clean.size();
  }

  /**
   * Checks every row; returns the normalised rows or throws one {@link InvalidInputException} listing every
   * bad row ("第3行「居民身份证号码」校验位不正确").
   */
  public static List<RosterRow> check(List<RosterRow> rows, int employeeCount, int femaleEmployeeCount, String field) {
    RowErrors errors = new RowErrors(field, LABEL);
    List<RosterRow> clean = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int women = 0;
    for (RosterRow row : rows) {
      int line = row.line();
      int before = errors.count();
      String nameProblem = TextHygiene.problem(row.name(), false);
      String workshopProblem = TextHygiene.problem(row.workshop(), false);
      if (nameProblem != null) {
        errors.add(line, "「姓名」" + nameProblem);
      } else if (row.name().isEmpty()) {
        errors.add(line, "「姓名」不能为空");
      } else if (row.name().length() > 100) {
        errors.add(line, "「姓名」过长");
      }
      String idNumber = ResidentIdNumber.normalise(row.idNumber());
      String idProblem = ResidentIdNumber.problem(idNumber);
      if (idProblem != null) {
        errors.add(line, "「居民身份证号码」" + idProblem);
      } else {
        Integer first = seen.putIfAbsent(idNumber, line);
        if (first != null) {
          errors.add(line, "「居民身份证号码」与第" + first + "行重复");
        }
      }
      String gender = row.gender().trim();
      if (!gender.equals("男") && !gender.equals("女")) {
        errors.add(line, "「性别」只能填“男”或“女”");
      } else if (idProblem == null && !gender.equals(ResidentIdNumber.gender(idNumber))) {
        errors.add(line, "「性别」与居民身份证号码不符");
      }
      if (workshopProblem != null) {
        errors.add(line, "「车间/班组」" + workshopProblem);
      } else if (row.workshop().isEmpty()) {
        errors.add(line, "「车间/班组」不能为空");
      } else if (row.workshop().length() > 100) {
        errors.add(line, "「车间/班组」过长");
      }
      if (errors.count() == before) {
        if (gender.equals("女")) {
          women++;
        }
        clean.add(new RosterRow(line, row.name(), idNumber, gender, row.workshop()));
      }
    }
    errors.throwIfAny("未导入任何会员");
    if (clean.isEmpty()) {
      throw new InvalidInputException(field, LABEL, "没有会员，请至少登记一名会员");
    }
    if (clean.size() > employeeCount) {
      throw new InvalidInputException(
          field, LABEL, "会员人数（" + clean.size() + "人）不能多于企业职工人数（" + employeeCount + "人），未导入任何会员");
    }
    if (women > femaleEmployeeCount) {
      throw new InvalidInputException(
          field, LABEL, "女会员人数（" + women + "人）不能多于企业女职工人数（" + femaleEmployeeCount + "人），未导入任何会员");
    }
    return clean;
  }
}
