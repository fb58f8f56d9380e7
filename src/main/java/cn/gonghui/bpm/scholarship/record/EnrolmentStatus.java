package cn.gonghui.bpm.scholarship.record;

/** What the aid centre found before a later campaign pays a Tier A student again. */
public enum EnrolmentStatus implements Labelled {
  ENROLLED("仍在读"),
  DROPPED_OUT("已退学"),
  TRANSFERRED("已转学");

  private final String label;

  EnrolmentStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
