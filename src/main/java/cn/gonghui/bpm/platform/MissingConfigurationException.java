package cn.gonghui.bpm.platform;

/** A setting the application cannot start without; reported at start-up with what to do about it. */
public class MissingConfigurationException extends RuntimeException {

  private final String action;

  public MissingConfigurationException(String description, String action) {
    super(description);
    this.action = action;
  }

  public String getAction() {
    return action;
  }
}
