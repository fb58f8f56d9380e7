package cn.gonghui.bpm.platform;

/**
 * A request that collides with the state another clerk or case has created (a second founding case for
 * the same enterprise, a record that already exists): answered with 409, the field and the reason.
 * Nothing is written.
 */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
