package cn.gonghui.bpm.hardship;

/** 困难职工类别, as the analysts' table {@code hardship-category} decides it. */
public enum HardshipCategory {
  DEEP("深度困难"),
  RELATIVE("相对困难"),
  SUDDEN("意外致困"),
  NONE("不属于困难职工");

  private final String label;

  HardshipCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the household is in hardship at all (any category but NONE). */
  public boolean inHardship() {
    return this != NONE;
  }
}
