package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_ADDRESS;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_COMMUNITY_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_CREDIT_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_ENTERPRISE_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_OWNER_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EIGHT_HAVES_DELAY;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EMPLOYEE_COUNT;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_ENTERPRISE_ID;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_ENTERPRISE_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_FEMALE_EMPLOYEE_COUNT;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_HAS_PARTY_ORGANISATION;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_RECTIFICATION_PERIOD;

import cn.gonghui.bpm.founding.FormInput;
import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.EnterpriseDetails;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.platform.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start of a founding case (Tasklist start form, Camunda REST, or POST /api/union-foundings): registers
 * the enterprise in the ledger (or takes the ledger row {@code enterpriseId}), refuses a second case or an
 * enterprise that has a union, marks it 组建中 and leaves only ids and routing flags in the case. Any bad
 * input throws before a write.
 */
@Component("foundingStartListener")
public class FoundingStartListener implements ExecutionListener {

  private static final Pattern ISO_DURATION =
      Pattern.compile("P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");
  private static final List<String> LEDGER_FIELDS =
      List.of(FIELD_ENTERPRISE_NAME, FIELD_CREDIT_CODE, FIELD_ADDRESS, FIELD_OWNER_NAME, FIELD_COMMUNITY_CODE);

  private final LedgerService ledger;
  private final String eightHavesDelay;
  private final String rectificationPeriod;

  public FoundingStartListener(
      LedgerService ledger,
      @Value("${gonghui.founding.eight-haves-delay:P30D}") String eightHavesDelay,
      @Value("${gonghui.founding.rectification-period:P30D}") String rectificationPeriod) {
    this.ledger = ledger;
    this.eightHavesDelay = eightHavesDelay;
    this.rectificationPeriod = rectificationPeriod;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String user = Actors.userId(execution);
    FormInput input = FormInput.of(execution.getVariables());
    String delay = duration(input, VAR_EIGHT_HAVES_DELAY, "八有检查等待时间", eightHavesDelay);
    String period = duration(input, VAR_RECTIFICATION_PERIOD, "整改期限", rectificationPeriod);
    // The platform has already placed the case in its community (the tenant FoundingDescription chose)
    // and refused a clerk's start for another community.
    String community = execution.getTenantId();
    Enterprise enterprise;
    Object enterpriseId = execution.getVariable(VAR_ENTERPRISE_ID);
    if (enterpriseId != null) {
      enterprise = ledger.require(idOf(enterpriseId));
      ledger.requireNoUnionOrCase(enterprise);
    } else {
      EnterpriseDetails details = EnterpriseDetails.from(execution.getVariables());
      enterprise = ledger.register(details, community, user);
    }
    ledger.markFounding(enterprise.getId(), execution.getProcessInstanceId());
    execution.removeVariables(LEDGER_FIELDS);
    execution.setVariable(VAR_ENTERPRISE_ID, enterprise.getId());
    execution.setVariable(VAR_ENTERPRISE_NAME, enterprise.getName());
    execution.setProcessBusinessKey(enterprise.getCreditCode());
    execution.setVariable(VAR_HAS_PARTY_ORGANISATION, enterprise.isHasPartyOrganisation());
    execution.setVariable(VAR_EMPLOYEE_COUNT, enterprise.getEmployeeCount());
    execution.setVariable(VAR_FEMALE_EMPLOYEE_COUNT, enterprise.getFemaleEmployeeCount());
    execution.setVariable(VAR_EIGHT_HAVES_DELAY, delay);
    execution.setVariable(VAR_RECTIFICATION_PERIOD, period);
  }

  /** An enterprise id as a start sends it: a whole number (12.5 is refused, not read as 12). */
  public static long idOf(Object value) {
    java.math.BigDecimal number;
    try {
      if (value instanceof Number n) {
        number = new java.math.BigDecimal(n.toString());
      } else if (value instanceof String text) {
        number = new java.math.BigDecimal(text.trim());
      } else {
        throw new InvalidInputException(VAR_ENTERPRISE_ID, "企业编号", "必须是数字");
      }
      return number.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(VAR_ENTERPRISE_ID, "企业编号", "必须是整数");
    }
  }

  /** An ISO-8601 duration given at start (operators may shorten it per case), else the configured one. */
  static String duration(FormInput input, String key, String label, String fallback) {
    String value = input.optionalText(key, label, 40);
    if (value == null) {
      return fallback;
    }
    java.util.regex.Matcher matcher = ISO_DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new InvalidInputException(key, label, "应为 ISO 8601 时长，例如 P30D（30天）");
    }
    if (days(matcher).compareTo(java.math.BigInteger.valueOf(MAX_DAYS)) > 0) {
      throw new InvalidInputException(key, label, "不能超过" + MAX_DAYS / 366 + "年");
    }
    return value;
  }

  /** The longest waiting period a case may be given: ten years. */
  static final long MAX_DAYS = 3660;

  /** The days a duration matched by {@link #ISO_DURATION} lasts at most (months of 31, years of 366 days). */
  private static java.math.BigInteger days(java.util.regex.Matcher matcher) {
    long[] daysPer = {366, 31, 7, 1};
    java.math.BigInteger days = java.math.BigInteger.ZERO;
    for (int group = 1; group <= 4; group++) {
      String part = matcher.group(group);
      if (part != null) {
        java.math.BigInteger amount = new java.math.BigInteger(part.substring(0, part.length() - 1));
        days = days.add(amount.multiply(java.math.BigInteger.valueOf(daysPer[group - 1])));
      }
    }
    long[] secondsPer = {3600, 60, 1};
    java.math.BigInteger seconds = java.math.BigInteger.ZERO;
    for (int group = 6; group <= 8; group++) {
      String part = matcher.group(group);
      if (part != null) {
        java.math.BigInteger amount = new java.math.BigInteger(part.substring(0, part.length() - 1));
        seconds = seconds.add(amount.multiply(java.math.BigInteger.valueOf(secondsPer[group - 6])));
      }
    }
    return days.add(seconds.divide(java.math.BigInteger.valueOf(86_400)));
  }
}
