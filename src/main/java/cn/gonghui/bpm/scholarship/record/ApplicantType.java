package cn.gonghui.bpm.scholarship.record;

/** Who applies (000:539 "困难职工、农民工本人"): the input {@code applicantType} of both application tables. */
public enum ApplicantType implements Labelled {
  HARDSHIP_WORKER("困难职工"),
  MIGRANT_WORKER("农民工"),
  OTHER("其他");

  private final String label;

  ApplicantType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
