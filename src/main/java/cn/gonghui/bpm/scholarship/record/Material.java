package cn.gonghui.bpm.scholarship.record;

/**
 * The materials of {@code scholarship-required-materials} (000:541-551), each with the key of its field on the
 * 核对申报材料 form. A material the analysts add to the table needs a field (and a constant here) before the
 * form can record it.
 */
public enum Material implements Labelled {
  WRITTEN_APPLICATION("本人书面申请（加盖居委会或村委会公章）", "writtenApplication"),
  SUBSISTENCE_CERTIFICATE("低保证", "subsistenceCertificate"),
  HOUSEHOLD_REGISTER("户口簿", "householdRegister"),
  STUDENT_ID_CARD("学生身份证", "studentIdCard"),
  ADMISSION_LETTER_COPY("二本以上院校录取通知书复印件", "admissionLetterCopy"),
  POVERTY_RELIEF_BOOKLET("扶贫手册", "povertyReliefBooklet");

  private final String label;
  private final String field;

  Material(String label, String field) {
    this.label = label;
    this.field = field;
  }

  @Override
  public String label() {
    return label;
  }

  /** The form field recording how this material's original was handled. */
  public String field() {
    return field;
  }
}
