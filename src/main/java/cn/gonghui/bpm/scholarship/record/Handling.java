package cn.gonghui.bpm.scholarship.record;

/** How an original was handled at intake ({@code handling} of scholarship-required-materials), or missing. */
public enum Handling implements Labelled {
  KEEP("留存"),
  CHECK_AND_RETURN("原件核对后退回"),
  COPY_AND_RETURN("原件核对、复印后退回"),
  MISSING("未提供");

  private final String label;

  Handling(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
