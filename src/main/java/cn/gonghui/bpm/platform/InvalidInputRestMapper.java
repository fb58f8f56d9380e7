package cn.gonghui.bpm.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers any engine exception during "complete task" or "start process instance"
 * with a 500 wrapping it. When the cause is a clerk's {@link InvalidInputException} (bad form input),
 * this mapper answers 400 instead, in Camunda's error format plus the field:
 * {@code {"type":"InvalidInputException","message":"「统一社会信用代码」校验位不正确","field":"creditCode"}}.
 * Everything else keeps Camunda's own answer.
 */
@Component
public class InvalidInputRestMapper implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  /** Chosen over Camunda's RestExceptionHandler by its higher priority (lower value). */
  @Priority(1)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      InvalidInputException invalid = InvalidInputUnwrapping.find(exception);
      if (invalid == null) {
        return camunda.toResponse(exception);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", InvalidInputException.class.getSimpleName());
      body.put("message", invalid.getMessage());
      body.put("field", invalid.getField());
      return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
