package cn.gonghui.bpm.platform.table;

/** A file or text that cannot be read as a table at all; the message is Chinese and shown to the clerk. */
public class UnreadableTableException extends Exception {

  public UnreadableTableException(String message) {
    super(message);
  }
}
