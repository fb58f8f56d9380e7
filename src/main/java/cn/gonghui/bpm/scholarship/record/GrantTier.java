package cn.gonghui.bpm.scholarship.record;

import java.math.BigDecimal;

/** The answer of scholarship-grant-tier for one rank: tier A, B or NONE, the amount and how often. */
public record GrantTier(String tier, BigDecimal amount, String recurrence) {

  public static final String NONE = "NONE";

  public boolean granted() {
    return !NONE.equals(tier);
  }
}
