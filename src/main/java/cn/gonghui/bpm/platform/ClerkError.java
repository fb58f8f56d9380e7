package cn.gonghui.bpm.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An engine error a clerk must understand, with the HTTP status and Chinese message to answer it with:
 * bad input ({@link InvalidInputException}, 400, names the field) and a conflict with another clerk who
 * changed or claimed the same case first (409) — in the engine's tables or in a business record (JPA
 * version conflict). Camunda's REST API and web apps would answer all of them
 * with a 500; {@link ClerkErrorRestMapper} and {@link ClerkErrorWebappFilter} use this instead.
 */
public record ClerkError(int status, String type, String message, String field) {

  static final String CONFLICT_MESSAGE = "该事项刚被其他人修改，请刷新后重试，您的输入未被保存";
  static final String CLAIMED_MESSAGE = "该任务已被其他人认领，请刷新任务列表";

  /** The clerk-facing error in the cause chain of {@code throwable}, or null for anything else. */
  public static ClerkError of(Throwable throwable) {
    for (Throwable current = throwable; current != null; current = next(current)) {
      if (current instanceof InvalidInputException invalid) {
        return new ClerkError(400, "InvalidInputException", invalid.getMessage(), invalid.getField());
      }
      if (current instanceof OptimisticLockingException || current instanceof OptimisticLockingFailureException) {
        return new ClerkError(409, "OptimisticLockingException", CONFLICT_MESSAGE, null);
      }
      if (current instanceof TaskAlreadyClaimedException) {
        return new ClerkError(409, "TaskAlreadyClaimedException", CLAIMED_MESSAGE, null);
      }
    }
    return null;
  }

  /** The first {@code type} in the cause chain of {@code throwable}, or null. */
  public static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
    for (Throwable current = throwable; current != null; current = next(current)) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
    }
    return null;
  }

  private static Throwable next(Throwable current) {
    Throwable cause = current.getCause();
    return cause == current ? null : cause;
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
