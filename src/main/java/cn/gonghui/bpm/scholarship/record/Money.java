package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money in 元 as forms and /api send them: not negative, at most two decimals, below 100 million. */
public final class Money {

  private Money() {}

  /** The amount in field {@code key}, or null when it is blank. */
  public static BigDecimal optional(FormInput input, String key, String label) {
    Object raw = input.raw(key);
    if (raw == null || raw.toString().isBlank()) {
      return null;
    }
    if (!(raw instanceof Number) && !(raw instanceof CharSequence)) {
      throw new InvalidInputException(key, label, "应为数字");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(raw.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(key, label, "应为数字，例如 60000");
    }
    if (amount.signum() < 0) {
      throw new InvalidInputException(key, label, "不能是负数");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(key, label, "最多保留两位小数");
    }
    if (amount.compareTo(FundLedger.MAX_AMOUNT) >= 0) {
      throw new InvalidInputException(key, label, "数值过大");
    }
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
