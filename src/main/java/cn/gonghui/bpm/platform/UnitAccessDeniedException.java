package cn.gonghui.bpm.platform;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A user asked for something of a unit that is not theirs (a start for another community's enterprise, a
 * task of another unit): answered with 403, the field and the Chinese reason, never with the other unit's
 * data.
 */
public class UnitAccessDeniedException extends AuthorizationException {

  private final String field;

  public UnitAccessDeniedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
