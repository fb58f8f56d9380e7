package cn.gonghui.bpm.scholarship.record;

/** A grant's state: paying, paid in full (once, or every year until graduation), or stopped with a reason. */
public enum GrantStatus implements Labelled {
  ACTIVE("资助中"),
  COMPLETED("已发放完毕"),
  STOPPED("已终止");

  private final String label;

  GrantStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
