package cn.gonghui.bpm.enterprise;

import static cn.gonghui.bpm.enterprise.EnterpriseFields.*;

import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.validation.CreditCode;
import java.util.Map;

/** What a clerk enters for an enterprise in the ledger (start form, POST /api/enterprises). Validated. */
public record EnterpriseDetails(
    String name,
    String creditCode,
    String address,
    String ownerName,
    int employeeCount,
    int femaleEmployeeCount,
    boolean hasPartyOrganisation) {

  /** Reads and checks the ledger fields; throws {@link InvalidInputException} naming the first bad field. */
  public static EnterpriseDetails from(Map<String, Object> values) {
    FormInput input = FormInput.of(values);
    String name = input.text(NAME, "企业名称", 200);
    String creditCode = CreditCode.normalise(input.text(CREDIT_CODE, "统一社会信用代码", 40));
    String problem = CreditCode.problem(creditCode);
    if (problem != null) {
      throw new InvalidInputException(CREDIT_CODE, "统一社会信用代码", problem);
    }
    String address = input.text(ADDRESS, "企业地址", 300);
    String ownerName = input.text(OWNER_NAME, "企业主（法定代表人）姓名", 100);
    int employees = input.count(EMPLOYEE_COUNT, "职工人数");
    int female = input.count(FEMALE_EMPLOYEE_COUNT, "女职工人数");
    if (female > employees) {
      throw new InvalidInputException(FEMALE_EMPLOYEE_COUNT, "女职工人数", "不能多于职工人数（" + employees + "人）");
    }
    if (employees == 0) {
      throw new InvalidInputException(EMPLOYEE_COUNT, "职工人数", "必须至少1人");
    }
    boolean party = input.flag(HAS_PARTY_ORGANISATION, "是否有党组织");
    return new EnterpriseDetails(name, creditCode, address, ownerName, employees, female, party);
  }
}
