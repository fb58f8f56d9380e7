package cn.gonghui.bpm.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers an engine exception during "complete task", "claim" or "start process
 * instance" with a 500. When the cause is a {@link ClerkError} (a clerk's bad input, or another clerk who
 * changed or claimed the case first), these mappers answer 400 or 409 instead, in Camunda's error format
 * plus the field: {@code {"type":"InvalidInputException","message":"「统一社会信用代码」校验位不正确","field":"creditCode"}}.
 * Everything else keeps Camunda's own answer.
 */
@Component
public class ClerkErrorRestMapper implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RestExceptions.class);
    config.register(EngineExceptions.class);
  }

  static Response answer(ClerkError error) {
    return Response.status(error.status()).entity(error.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Exceptions Camunda's resources wrap in a RestException. Chosen over Camunda's by its priority. */
  @Priority(1)
  public static class RestExceptions implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      ClerkError error = ClerkError.of(exception);
      return error == null ? camunda.toResponse(exception) : answer(error);
    }
  }

  /** Engine exceptions that reach JAX-RS unwrapped (e.g. claim). Chosen over Camunda's by its priority. */
  @Priority(1)
  public static class EngineExceptions implements ExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(org.camunda.bpm.engine.ProcessEngineException exception) {
      ClerkError error = ClerkError.of(exception);
      return error == null ? camunda.toResponse(exception) : answer(error);
    }
  }
}
