package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * How an error is answered, the same on every way in (Camunda REST, the web apps' API, the project's
 * /api): the HTTP status, a Chinese message a clerk understands and, for bad input, the field. Never a
 * stack trace, never the engine's English. 400 bad input, 403 no right, 404 gone or not visible, 409 a
 * conflict with another clerk or case (concurrent change, task already claimed, a record that already
 * exists), 413/415 for a body too large or not JSON; anything else is 500 with a generic message (and
 * logged with its stack trace for the operators).
 *
 * @param detail the engine's own wording for bad requests (e.g. why a deployed model does not parse); only
 *     administrators and analysts receive it ({@link #forCaller(boolean)}), never a clerk or manager
 */
public record ClerkError(int status, String type, String message, String field, String detail) {

  static final String CONFLICT_MESSAGE = "该事项刚被其他人修改，请刷新后重试，您的输入未被保存";
  static final String CLAIMED_MESSAGE = "该任务已被其他人认领，请刷新任务列表";
  static final String DUPLICATE_MESSAGE = "该记录已被其他人同时提交或已经存在，请刷新后查看，您的输入未被保存";
  static final String FORBIDDEN_MESSAGE = "您没有权限执行此操作";
  static final String NOT_FOUND_MESSAGE = "要访问的内容不存在或已被处理，请刷新后重试";
  static final String INTERNAL_MESSAGE = "系统内部错误，请稍后重试或联系管理员";

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  /** The Chinese message of a status without a more specific one. */
  public static String messageOf(int status) {
    return switch (status) {
      case 400 -> "请求内容不正确，请检查填写的数据";
      case 401 -> "请先登录";
      case 403 -> FORBIDDEN_MESSAGE;
      case 404 -> NOT_FOUND_MESSAGE;
      case 405 -> "不支持该请求方法";
      case 406 -> "不支持请求的返回格式";
      case 409 -> CONFLICT_MESSAGE;
      case 413 -> "请求内容过大";
      case 415 -> "请求内容类型不正确，请以 application/json 提交";
      default -> status >= 500 ? INTERNAL_MESSAGE : "请求无法处理";
    };
  }

  /** The error a caller made (4xx) found in the cause chain of {@code throwable}, or null for anything else. */
  public static ClerkError of(Throwable throwable) {
    for (Throwable current = throwable; current != null; current = next(current)) {
      ClerkError error = classify(current);
      if (error != null) {
        return error;
      }
    }
    return null;
  }

  /** The answer to {@code throwable}: the caller's error when there is one, else a 500. */
  public static ClerkError answer(Throwable throwable) {
    ClerkError error = of(throwable);
    return error != null ? error : new ClerkError(500, "InternalError", INTERNAL_MESSAGE, null, null);
  }

  /** A status's answer with its generic message. */
  public static ClerkError ofStatus(int status) {
    return new ClerkError(status, status >= 500 ? "InternalError" : "RequestError", messageOf(status), null, null);
  }

  private static ClerkError classify(Throwable e) {
    if (e instanceof InvalidInputException invalid) {
      return new ClerkError(400, "InvalidInputException", invalid.getMessage(), invalid.getField(), null);
    }
    if (e instanceof ConflictException conflict) {
      return new ClerkError(409, "ConflictException", conflict.getMessage(), conflict.getField(), null);
    }
    if (e instanceof UnitAccessDeniedException denied) {
      return new ClerkError(403, "AuthorizationException", denied.getMessage(), denied.getField(), null);
    }
    if (e instanceof TaskAlreadyClaimedException) {
      return new ClerkError(409, "TaskAlreadyClaimedException", CLAIMED_MESSAGE, null, null);
    }
    if (e instanceof OptimisticLockingException || e instanceof OptimisticLockingFailureException) {
      return new ClerkError(409, "OptimisticLockingException", CONFLICT_MESSAGE, null, null);
    }
    if (e instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.equals("23505")) {
        return new ClerkError(409, "ConflictException", DUPLICATE_MESSAGE, null, null);
      }
      if (state.startsWith("23")) {
        return new ClerkError(400, "InvalidInputException", "提交的内容与已有记录不一致，未保存", null, null);
      }
      if (state.startsWith("22")) {
        return new ClerkError(400, "InvalidInputException", "提交的内容过长或含有无法保存的字符，未保存", null, null);
      }
      return null;
    }
    if (e instanceof AuthorizationException denied) {
      String message = denied.getMessage();
      return new ClerkError(
          403,
          "AuthorizationException",
          message != null && CHINESE.matcher(message).find() ? message : FORBIDDEN_MESSAGE,
          null,
          null);
    }
    if (e instanceof NotFoundException notFound) {
      return new ClerkError(404, "NotFoundException", chineseOr(notFound.getMessage(), NOT_FOUND_MESSAGE), null, null);
    }
    if (e instanceof cn.gonghui.bpm.platform.NotFoundException notFound) {
      return new ClerkError(404, "NotFoundException", notFound.getMessage(), null, null);
    }
    if (e instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
      int status = rest.getStatus().getStatusCode();
      return new ClerkError(status, "RequestError", messageOf(status), null, rest.getMessage());
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return new ClerkError(status, "RequestError", messageOf(status), null, null);
    }
    if (e instanceof JsonProcessingException) {
      return new ClerkError(400, "InvalidRequestException", "请求内容不是有效的 JSON，或某项的类型不正确", null, null);
    }
    if (e instanceof BadUserRequestException || e instanceof ParseException || e instanceof NullValueException) {
      return new ClerkError(400, "InvalidRequestException", messageOf(400), null, e.getMessage());
    }
    return null;
  }

  private static String chineseOr(String message, String fallback) {
    return message != null && CHINESE.matcher(message).find() ? message : fallback;
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

  /**
   * This error for its caller: the engine's own wording ({@link #detail}) is for administrators and analysts
   * (why a deployed model does not parse); a clerk or manager gets the Chinese message only.
   */
  public ClerkError forCaller(boolean technical) {
    return technical || detail == null ? this : new ClerkError(status, type, message, field, null);
  }

  /** The answer body: {@code {status, type, message, field?, detail?}}. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    if (detail != null) {
      body.put("detail", detail.length() > 1000 ? detail.substring(0, 1000) : detail);
    }
    return body;
  }
}
