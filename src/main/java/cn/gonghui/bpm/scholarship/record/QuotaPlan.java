package cn.gonghui.bpm.scholarship.record;

import java.math.BigDecimal;

/**
 * What scholarship-grant-tier says a campaign needs: how many ranks get tier A and tier B and how much each,
 * plus the Tier A students of earlier years who are paid again this year.
 */
public record QuotaPlan(int quotaA, BigDecimal amountA, int quotaB, BigDecimal amountB, int continuing, BigDecimal continuingAmount) {

  /** The money the campaign needs: the new grants' first payments and the continuing payments. */
  public BigDecimal need() {
    return amountA.multiply(BigDecimal.valueOf(quotaA)).add(amountB.multiply(BigDecimal.valueOf(quotaB))).add(continuingAmount);
  }

  /** 「A档5人×5000元、B档15人×2000元、往年A档续发2人共10000元」 */
  public String explained() {
    return "A档" + quotaA + "人×" + amountA.stripTrailingZeros().toPlainString() + "元、B档" + quotaB + "人×"
        + amountB.stripTrailingZeros().toPlainString() + "元"
        + (continuing > 0 ? "、往年A档续发" + continuing + "人共" + continuingAmount.stripTrailingZeros().toPlainString() + "元" : "");
  }
}
