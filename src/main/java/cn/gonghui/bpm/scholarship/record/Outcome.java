package cn.gonghui.bpm.scholarship.record;

/** How an application ends, or OPEN while it runs. */
public enum Outcome implements Labelled {
  OPEN("办理中"),
  INELIGIBLE("未通过初步认定"),
  LATE("过期不再受理"),
  NOT_VERIFIED("入户核实未通过"),
  STRUCK("主席会议审定未列入"),
  NOT_SELECTED("未列入资助名额"),
  GRANTED_A("A档资助（每年资助至毕业）"),
  GRANTED_B("B档资助（一次性）");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean granted() {
    return this == GRANTED_A || this == GRANTED_B;
  }
}
