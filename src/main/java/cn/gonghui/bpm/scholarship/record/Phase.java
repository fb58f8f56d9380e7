package cn.gonghui.bpm.scholarship.record;

/** The phases of a campaign as the source gives them (000:559-563), with the preparation before and the end. */
public enum Phase implements Labelled {
  PREPARATION("准备（7月1日起）"),
  SURVEY("宣传和调查摸底（7月中旬—8月14日）"),
  VERIFICATION("调查核实（8月15日—8月20日）"),
  APPROVAL_AND_PAYMENT("审核、审批及资助金发放（8月21日—9月1日）"),
  CLOSED("活动期已结束");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
