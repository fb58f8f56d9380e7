package cn.gonghui.bpm.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The /api answers errors as the engine APIs do ({@link ClerkError}): JSON {@code {status, type, message,
 * field?}} with a Chinese message — 400 bad input, 403 no right, 404, 409 a conflict, 413/415 — never a stack
 * trace; one log line each ({@link ErrorLog}).
 */
@RestControllerAdvice(basePackages = "cn.gonghui.bpm")
public class ApiExceptionHandler {

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
    var error = e.getBindingResult().getFieldError();
    String field = error == null ? null : error.getField();
    String message = error == null ? ClerkError.messageOf(400) : "「" + field + "」" + error.getDefaultMessage();
    return answer(new ClerkError(400, "InvalidInputException", message, field, null), e, request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return answer(
        new ClerkError(400, "InvalidInputException", "缺少参数「" + e.getParameterName() + "」", e.getParameterName(), null),
        e,
        request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return answer(
        new ClerkError(400, "InvalidInputException", "参数「" + e.getName() + "」格式不正确", e.getName(), null), e, request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return answer(
        new ClerkError(
            400, "InvalidInputException", "缺少上传文件「" + e.getRequestPartName() + "」", e.getRequestPartName(), null),
        e,
        request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return answer(new ClerkError(400, "InvalidRequestException", "请求内容不是有效的 JSON，或某项的类型不正确", null, null), e, request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return answer(new ClerkError(413, "RequestError", "上传文件过大", "file", null), e, request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> badMultipart(MultipartException e, HttpServletRequest request) {
    return answer(new ClerkError(400, "InvalidRequestException", "上传内容不完整，请重新上传", "file", null), e, request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return answer(ClerkError.ofStatus(415), e, request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return answer(ClerkError.ofStatus(406), e, request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return answer(ClerkError.ofStatus(405), e, request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
    return answer(ClerkError.ofStatus(404), e, request);
  }

  /** Everything else: the caller's error found in the cause chain, or a 500. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> any(Exception e, HttpServletRequest request) {
    return answer(ClerkError.answer(e), e, request);
  }

  private static ResponseEntity<Map<String, Object>> answer(ClerkError error, Exception e, HttpServletRequest request) {
    ErrorLog.log(error, e, request);
    return ResponseEntity.status(HttpStatus.valueOf(error.status()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(error.forCaller(ErrorLog.callerIsTechnical()).body());
  }
}
