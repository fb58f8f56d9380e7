package cn.gonghui.bpm.platform;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input from a clerk: names the field and says in Chinese what is wrong. Thrown before anything is
 * written, so the surrounding transaction (and any process instance being started) is rolled back.
 * Camunda's REST API and the web apps answer it with HTTP 400; the project's /api does the same.
 */
public class InvalidInputException extends BadUserRequestException {

  private final String field;
  private final String fieldLabel;

  /**
   * @param field technical field key, e.g. {@code creditCode}
   * @param fieldLabel Chinese field name shown to the clerk, e.g. 统一社会信用代码
   * @param problem what is wrong, in Chinese, e.g. 校验位不正确
   */
  public InvalidInputException(String field, String fieldLabel, String problem) {
    super("「" + fieldLabel + "」" + problem);
    this.field = field;
    this.fieldLabel = fieldLabel;
  }

  public String getField() {
    return field;
  }

  public String getFieldLabel() {
    return fieldLabel;
  }
}
