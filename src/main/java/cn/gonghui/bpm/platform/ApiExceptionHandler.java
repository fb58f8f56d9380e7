package cn.gonghui.bpm.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The /api answers errors as JSON {@code {"field": …, "message": …}} with a Chinese message: 400 for bad
 * input, 403 for missing rights, 404, 409 when another clerk changed the case first; never a stack trace.
 */
@RestControllerAdvice(basePackages = "cn.gonghui.bpm")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Bad input (400) and conflicts with another clerk (409), as everywhere else ({@link ClerkError}). */
  @ExceptionHandler({
    InvalidInputException.class,
    OptimisticLockingException.class,
    OptimisticLockingFailureException.class,
    TaskAlreadyClaimedException.class
  })
  ResponseEntity<Map<String, Object>> clerkError(Exception e) {
    return answer(ClerkError.of(e));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException e) {
    var error = e.getBindingResult().getFieldError();
    String field = error == null ? null : error.getField();
    String message = error == null ? "请求内容不正确" : "「" + field + "」" + error.getDefaultMessage();
    return body(HttpStatus.BAD_REQUEST, field, message);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<Map<String, Object>> unreadable(Exception e) {
    return body(HttpStatus.BAD_REQUEST, null, "请求内容格式不正确，请检查填写的数据");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, e.getParameterName(), "缺少参数「" + e.getParameterName() + "」");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    return body(HttpStatus.BAD_REQUEST, e.getRequestPartName(), "缺少上传文件「" + e.getRequestPartName() + "」");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return body(HttpStatus.BAD_REQUEST, "file", "上传文件过大");
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, Object>> badRequest(BadUserRequestException e) {
    return body(HttpStatus.BAD_REQUEST, null, e.getMessage());
  }

  @ExceptionHandler(NullValueException.class)
  ResponseEntity<Map<String, Object>> notFound(NullValueException e) {
    return body(HttpStatus.NOT_FOUND, null, "要办理的记录不存在或已被处理");
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, null, "没有权限执行此操作");
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, null, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    ClerkError wrapped = ClerkError.of(e);
    if (wrapped != null) {
      // e.g. a JPA version conflict inside a listener, wrapped by the engine
      return answer(wrapped);
    }
    LOG.error("Unexpected error in /api", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, null, "系统内部错误，请稍后重试或联系管理员");
  }

  private static ResponseEntity<Map<String, Object>> answer(ClerkError error) {
    return body(HttpStatus.valueOf(error.status()), error.field(), error.message());
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    if (field != null) {
      body.put("field", field);
    }
    body.put("message", message);
    return ResponseEntity.status(status).body(body);
  }
}
