package cn.gonghui.bpm.scholarship.record;

/** Where an application stands (the managers' "applications by step"). */
public enum Step implements Labelled {
  MATERIALS("核对申报材料"),
  ELIGIBILITY("初步认定"),
  APPLICATION_FORM("填写申请表"),
  VERIFICATION("入户调查核实"),
  AWAITING_OUTCOME("等待审定结果"),
  NOTICE("告知申请人"),
  PAYMENT("发放资助金"),
  AWAITING_NEXT_YEAR("等待下一年度续发"),
  ENROLMENT_CHECK("确认在读"),
  CLOSED("已办结");

  private final String label;

  Step(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
