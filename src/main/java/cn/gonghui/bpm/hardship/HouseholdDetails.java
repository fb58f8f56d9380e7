package cn.gonghui.bpm.hardship;

import static cn.gonghui.bpm.hardship.HouseholdFields.*;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a clerk enters for a household (困难职工情况登记表), checked: the worker's name and 居民身份证号码 (check
 * digit; the sex it says), workplace, address, household size, the household's monthly income, the cause,
 * whether it is a sudden hardship, illness, and the other members one a line.
 */
public record HouseholdDetails(
    String workerName,
    String idNumber,
    String gender,
    String workplace,
    String phone,
    String address,
    int householdSize,
    BigDecimal monthlyIncome,
    String cause,
    boolean suddenHardship,
    String illness,
    List<Member> members) {

  /** One member of the household besides the worker. */
  public record Member(String name, String relation, int age, String occupation, String health) {}

  /** The household's monthly income per person (元, two decimals). */
  public BigDecimal perCapitaMonthlyIncome() {
    return monthlyIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
  }

  /** Reads and checks the fields; throws {@link InvalidInputException} naming the first bad field. */
  public static HouseholdDetails from(Map<String, Object> values) {
    FormInput input = FormInput.of(values);
    String name = input.text(WORKER_NAME, "困难职工姓名", 50);
    String idNumber = ResidentIdNumber.normalise(input.text(WORKER_ID_NUMBER, "居民身份证号码", 40));
    String problem = ResidentIdNumber.problem(idNumber);
    if (problem != null) {
      throw new InvalidInputException(WORKER_ID_NUMBER, "居民身份证号码", problem);
    }
    String workplace = input.text(WORKPLACE, "工作单位", 200);
    String phone = input.optionalText(PHONE, "联系电话", 30);
    if (phone != null && !phone.matches("[0-9+\\- ()]{5,30}")) {
      throw new InvalidInputException(PHONE, "联系电话", "只能填写数字、空格和 +、-、括号");
    }
    String address = input.text(ADDRESS, "家庭住址", 300);
    int size = input.count(HOUSEHOLD_SIZE, "家庭人口");
    if (size < 1 || size > 30) {
      throw new InvalidInputException(HOUSEHOLD_SIZE, "家庭人口", "应在1到30人之间");
    }
    BigDecimal income = input.money(MONTHLY_INCOME, "家庭月收入（元）", BigDecimal.valueOf(1_000_000));
    String cause = input.text(CAUSE, "致困原因", 500);
    boolean sudden = input.flag(SUDDEN_HARDSHIP, "是否因突发事件、重大疾病等意外致困");
    String illness = input.optionalText(ILLNESS, "患病情况", 500);
    List<Member> members = members(input.optionalText(MEMBERS, "家庭成员", 5000));
    if (members.size() > size - 1) {
      throw new InvalidInputException(
          MEMBERS, "家庭成员", "填写了" + members.size() + "名家庭成员，多于家庭人口（" + size + "人，含本人）");
    }
    return new HouseholdDetails(
        name, idNumber, ResidentIdNumber.gender(idNumber), workplace, phone, address, size, income, cause, sudden, illness, members);
  }


  /** The members' lines, every bad line reported at once. */
  static List<Member> members(String text) {
    List<Member> members = new ArrayList<>();
    RowErrors errors = new RowErrors(MEMBERS, "家庭成员");
    for (Table.Row row : TableReader.readLines(text).rows()) {
      int before = errors.count();
      String name = row.cell(0);
      String relation = row.cell(1);
      String occupation = row.cell(3);
      if (name.isEmpty() || name.length() > 50) {
        errors.add(row.line(), "「姓名」不能为空，也不能超过50个字");
      }
      if (relation.isEmpty() || relation.length() > 20) {
        errors.add(row.line(), "「与户主关系」不能为空（如：配偶、子女、父母）");
      }
      int age = -1;
      try {
        age = Integer.parseInt(row.cell(2));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (age < 0 || age > 120) {
        errors.add(row.line(), "「年龄」应为0到120之间的整数");
      }
      if (occupation.isEmpty() || occupation.length() > 100) {
        errors.add(row.line(), "「就业或就学情况」不能为空（如：务农、在读高三、无业）");
      }
      if (row.cell(4).length() > 200) {
        errors.add(row.line(), "「健康状况」不能超过200个字");
      }
      if (errors.count() == before) {
        members.add(new Member(name, relation, age, occupation, row.cell(4).isEmpty() ? null : row.cell(4)));
      }
    }
    errors.throwIfAny("请按“" + MEMBER_LINE + "”每行填写一人");
    return members;
  }
}
