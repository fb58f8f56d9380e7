package cn.gonghui.bpm.scholarship.record;

/** The input {@code admissionBatch} of scholarship-eligibility. */
public enum AdmissionBatch implements Labelled {
  TIER_ONE("一本"),
  TIER_TWO("二本"),
  UNDERGRADUATE("本科批（已合并批次的省份）"),
  VOCATIONAL("专科/高职"),
  NONE("未被录取");

  private final String label;

  AdmissionBatch(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
