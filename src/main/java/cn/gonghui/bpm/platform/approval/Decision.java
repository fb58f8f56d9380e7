package cn.gonghui.bpm.platform.approval;

import java.util.Optional;

/**
 * What an approver decides on any approval task of any process (the value of the task's decision field,
 * which its gateway reads): 批准, 退回修改 (the submitter mends and resubmits) or 不予批准 (the case ends).
 */
public enum Decision {
  APPROVE("批准"),
  RETURN("退回修改"),
  REFUSE("不予批准");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The decision a form submitted ({@code "APPROVE"}), or empty for anything else. */
  public static Optional<Decision> parse(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Decision decision : values()) {
      if (decision.name().equals(value.toString())) {
        return Optional.of(decision);
      }
    }
    return Optional.empty();
  }

  /** Whether a reason must be given: always when the approver does not approve. */
  public boolean needsReason() {
    return this != APPROVE;
  }
}
