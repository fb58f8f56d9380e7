package cn.gonghui.bpm.platform;

/** A record the caller asked for does not exist or is not visible to them (answered with 404). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
