package cn.gonghui.bpm.scholarship.record;

/** Work of a campaign that was not done in its phase, flagged to the county's managers. */
public enum LateKind implements Labelled {
  SURVEY_OVERDUE("摸底情况逾期未报"),
  SURVEY_NOT_REPORTED("活动结束仍未上报摸底情况"),
  VERIFICATION_OVERDUE("入户调查核实逾期"),
  PAYMENT_OVERDUE("资助金逾期未发放");

  private final String label;

  LateKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
