package cn.gonghui.bpm.founding.roster;

import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.EnterpriseStatus;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.TextHygiene;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 4 发展会员: checks a member roster row by row and, only when the whole roster is clean, replaces
 * the enterprise's members with it. A roster with any bad row imports nothing.
 */
@Service
public class RosterService {

  /** Field key of an uploaded roster file. */
  public static final String FIELD_FILE = "file";
  static final String LABEL = "会员花名册";
  private static final int MAX_ERRORS_SHOWN = 20;

  private final UnionMemberRepository members;
  private final LedgerService ledger;

  public RosterService(UnionMemberRepository members, LedgerService ledger) {
    this.members = members;
    this.ledger = ledger;
  }

  /** Imports an uploaded .xlsx/.csv roster; returns the number of members. */
  @Transactional
  public int importFile(long enterpriseId, String fileName, byte[] content) {
    List<RosterRow> rows;
    try {
      rows = RosterParser.parseFile(fileName, content);
    } catch (RosterParser.UnreadableRosterException e) {
      throw new InvalidInputException(FIELD_FILE, LABEL, e.getMessage());
    }
    return replace(enterpriseId, rows, FIELD_FILE);
  }

  /** Imports the lines typed into the form's text box; returns the number of members. */
  @Transactional
  public int importLines(long enterpriseId, String text, String field) {
    return replace(enterpriseId, RosterParser.parseLines(text), field);
  }

  @Transactional(readOnly = true)
  public List<UnionMember> members(long enterpriseId) {
    return members.findByEnterpriseIdOrderById(enterpriseId);
  }

  @Transactional(readOnly = true)
  public int memberCount(long enterpriseId) {
    return (int) members.countByEnterpriseId(enterpriseId);
  }

  private int replace(long enterpriseId, List<RosterRow> rows, String field) {
    Enterprise enterprise = ledger.require(enterpriseId);
    if (enterprise.getStatus() != EnterpriseStatus.FOUNDING) {
      throw new InvalidInputException(field, LABEL, "只能在建会过程中登记会员（该企业当前状态：" + enterprise.getStatusLabel() + "）");
    }
    List<RosterRow> clean = check(rows, enterprise.getEmployeeCount(), enterprise.getFemaleEmployeeCount(), field);
    members.deleteByEnterpriseId(enterpriseId);
    for (RosterRow row : clean) {
      members.save(new UnionMember(enterpriseId, row));
    }
    members.flush();
    ledger.setMemberCount(enterpriseId, clean.size());
    return clean.size();
  }

  /**
   * Checks every row; returns the normalised rows or throws one {@link InvalidInputException} listing every
   * bad row ("第3行「居民身份证号码」校验位不正确").
   */
  public static List<RosterRow> check(List<RosterRow> rows, int employeeCount, int femaleEmployeeCount, String field) {
    List<String> errors = new ArrayList<>();
    List<RosterRow> clean = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int women = 0;
    for (RosterRow row : rows) {
      String at = "第" + row.line() + "行";
      int before = errors.size();
      String nameProblem = TextHygiene.problem(row.name(), false);
      String workshopProblem = TextHygiene.problem(row.workshop(), false);
      if (nameProblem != null) {
        errors.add(at + "「姓名」" + nameProblem);
      } else if (row.name().isEmpty()) {
        errors.add(at + "「姓名」不能为空");
      } else if (row.name().length() > 100) {
        errors.add(at + "「姓名」过长");
      }
      String idNumber = ResidentIdNumber.normalise(row.idNumber());
      String idProblem = ResidentIdNumber.problem(idNumber);
      if (idProblem != null) {
        errors.add(at + "「居民身份证号码」" + idProblem);
      } else {
        Integer first = seen.putIfAbsent(idNumber, row.line());
        if (first != null) {
          errors.add(at + "「居民身份证号码」与第" + first + "行重复");
        }
      }
      String gender = row.gender().trim();
      if (!gender.equals("男") && !gender.equals("女")) {
        errors.add(at + "「性别」只能填“男”或“女”");
      } else if (idProblem == null && !gender.equals(ResidentIdNumber.gender(idNumber))) {
        errors.add(at + "「性别」与居民身份证号码不符");
      }
      if (workshopProblem != null) {
        errors.add(at + "「车间/班组」" + workshopProblem);
      } else if (row.workshop().isEmpty()) {
        errors.add(at + "「车间/班组」不能为空");
      } else if (row.workshop().length() > 100) {
        errors.add(at + "「车间/班组」过长");
      }
      if (errors.size() == before) {
        if (gender.equals("女")) {
          women++;
        }
        clean.add(new RosterRow(row.line(), row.name(), idNumber, gender, row.workshop()));
      }
    }
    if (!errors.isEmpty()) {
      List<String> shown = errors.size() > MAX_ERRORS_SHOWN ? errors.subList(0, MAX_ERRORS_SHOWN) : errors;
      throw new InvalidInputException(
          field,
          LABEL,
          "有" + errors.size() + "处错误，未导入任何会员：" + String.join("；", shown) + (errors.size() > shown.size() ? "；……" : ""));
    }
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
