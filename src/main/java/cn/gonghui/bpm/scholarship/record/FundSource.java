package cn.gonghui.bpm.scholarship.record;

/** Where a campaign's money comes from (000:571 "行政支持、企业赞助、个人捐款、工会补贴"). */
public enum FundSource implements Labelled {
  ADMINISTRATION("行政支持"),
  ENTERPRISE("企业赞助"),
  INDIVIDUAL("个人捐款"),
  UNION_SUBSIDY("工会补贴");

  private final String label;

  FundSource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The source whose Chinese name is {@code label}, or null. */
  public static FundSource ofLabel(String label) {
    for (FundSource source : values()) {
      if (source.label.equals(label)) {
        return source;
      }
    }
    return null;
  }
}
