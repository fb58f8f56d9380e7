package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers every error of the JAX-RS APIs — Camunda's REST API at /engine-rest and the web apps' APIs under
 * /camunda/api (see {@link WebappApis}) — as {@link ClerkError} does: the right 4xx with a Chinese message
 * and the field, or a generic 500; one log line ({@link ErrorLog}). One mapper per exception type that
 * Camunda maps itself, so that ours is chosen by its priority.
 */
@Component
public class RestErrorMappers implements ResourceConfigCustomizer {

  /** The mapper classes, registered with every JAX-RS application of the platform. */
  public static final List<Class<?>> MAPPERS =
      List.of(Throwables.class, EngineExceptions.class, RestExceptions.class, JsonMapping.class, JsonParse.class);

  @Override
  public void customize(ResourceConfig config) {
    MAPPERS.forEach(config::register);
  }

  static Response answer(Throwable exception, HttpServletRequest request) {
    ClerkError error = ClerkError.answer(exception).forCaller(ErrorLog.callerIsTechnical());
    ErrorLog.log(error, exception, request);
    return Response.status(error.status()).entity(error.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Everything, including Jersey's 404/405/415. */
  @Priority(1)
  public static class Throwables implements ExceptionMapper<Throwable> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
      return answer(exception, request);
    }
  }

  /** Engine exceptions that reach JAX-RS unwrapped. */
  @Priority(1)
  public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception, request);
    }
  }

  /** Exceptions Camunda's resources wrap in a RestException. */
  @Priority(1)
  public static class RestExceptions implements ExceptionMapper<RestException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception, request);
    }
  }

  /** A JSON body whose values do not fit (e.g. a list where a variable's value is expected). */
  @Priority(1)
  public static class JsonMapping implements ExceptionMapper<JsonMappingException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonMappingException exception) {
      return answer(exception, request);
    }
  }

  /** A body that is not JSON. */
  @Priority(1)
  public static class JsonParse implements ExceptionMapper<JsonParseException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonParseException exception) {
      return answer(exception, request);
    }
  }
}
