package cn.gonghui.bpm.hardship;

/** What kind of aid a household received, from which programme. */
public enum AidKind {
  SCHOLARSHIP_TIER_A("金秋助学（A档，每年资助至毕业）"),
  SCHOLARSHIP_TIER_B("金秋助学（B档，一次性资助）"),
  FESTIVAL_RELIEF("年关慰问"),
  OTHER("其他帮扶");

  private final String label;

  AidKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The 金秋助学 grants: a student who had one is not funded again (原则上不重复资助, 000:535). */
  public boolean isScholarship() {
    return this == SCHOLARSHIP_TIER_A || this == SCHOLARSHIP_TIER_B;
  }
}
