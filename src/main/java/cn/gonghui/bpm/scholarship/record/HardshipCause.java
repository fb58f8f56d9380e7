package cn.gonghui.bpm.scholarship.record;

/** The input {@code hardshipCause} of scholarship-eligibility (000:519 and its "等"). */
public enum HardshipCause implements Labelled {
  ORPHAN("父母双亡"),
  BREADWINNER_DISABLED("家庭主要劳动力因重大疾病失去劳动能力"),
  NATURAL_DISASTER("遭受重大自然灾害"),
  OTHER("其他特殊困难"),
  NONE("无特殊困难");

  private final String label;

  HardshipCause(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
