package cn.gonghui.bpm.founding.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * Positions of the new union's bodies. The first five are the contract's inputs of
 * {@code union-cadre-eligibility}; the women's committee positions are checked there as 委员
 * (the source bars owners and relatives only from 主席, 经审会主任 and 经审委员).
 */
public enum Position {
  CHAIR("主席", "CHAIR"),
  VICE_CHAIR("副主席", "VICE_CHAIR"),
  COMMITTEE_MEMBER("委员", "COMMITTEE_MEMBER"),
  AUDIT_COMMITTEE_DIRECTOR("经审会主任", "AUDIT_COMMITTEE_DIRECTOR"),
  AUDIT_COMMITTEE_MEMBER("经审委员", "AUDIT_COMMITTEE_MEMBER"),
  WOMEN_COMMITTEE_DIRECTOR("女职委主任", "COMMITTEE_MEMBER"),
  WOMEN_COMMITTEE_MEMBER("女职委委员", "COMMITTEE_MEMBER");

  private final String label;
  private final String eligibilityPosition;

  Position(String label, String eligibilityPosition) {
    this.label = label;
    this.eligibilityPosition = eligibilityPosition;
  }

  public String label() {
    return label;
  }

  /** The {@code position} input of union-cadre-eligibility. */
  public String eligibilityPosition() {
    return eligibilityPosition;
  }

  public boolean isWomenCommittee() {
    return this == WOMEN_COMMITTEE_DIRECTOR || this == WOMEN_COMMITTEE_MEMBER;
  }

  public static Optional<Position> fromLabel(String label) {
    return Arrays.stream(values()).filter(p -> p.label.equals(label) || p.name().equals(label)).findFirst();
  }
}
