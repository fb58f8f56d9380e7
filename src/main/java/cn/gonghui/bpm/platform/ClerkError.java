package cn.gonghui.bpm.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * An engine error a clerk must understand, with the HTTP status and Chinese message to answer it with:
 * bad input ({@link InvalidInputException}, 400, names the field) and a conflict with another clerk who
 * changed or claimed the same case first (409). Camunda's REST API and web apps would answer all of them
 * with a 500; {@link ClerkErrorRestMapper} and {@link ClerkErrorWebappFilter} use this instead.
 */
public record ClerkError(int status, String type, String message, String field) {

  static final String CONFLICT_MESSAGE = "该事项刚被其他人修改，请刷新后重试，您的输入未被保存";
  static final String CLAIMED_MESSAGE = "该任务已被其他人认领，请刷新任务列表";

  /** The clerk-facing error in the cause chain of {@code throwable}, or null for anything else. */
  public static ClerkError of(Throwable throwable) {
    Throwable current = throwable;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (current instanceof InvalidInputException invalid) {
        return new ClerkError(400, "InvalidInputException", invalid.getMessage(), invalid.getField());
      }
      if (current instanceof OptimisticLockingException) {
        return new ClerkError(409, "OptimisticLockingException", CONFLICT_MESSAGE, null);
      }
      if (current instanceof TaskAlreadyClaimedException) {
        return new ClerkError(409, "TaskAlreadyClaimedException", CLAIMED_MESSAGE, null);
      }
      current = current.getCause();
    }
    return null;
  }

  /** The answer body, in Camunda's REST error format plus the field: {@code {type, message, field}}. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return body;
  }
}
