package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * One JSON mapper for Camunda's REST API, configured as Camunda configures it ({@link JacksonConfigurator}).
 * Camunda's own resolver makes a new {@code ObjectMapper} each time it is asked, which is several times a
 * request (every resource, the reading of the body, the writing of the answer); a new mapper has none of the
 * serializers it built before and builds them again for every request. Jackson's mapper is thread-safe once
 * configured, and this one is never reconfigured after it is made. Chosen over Camunda's by its priority;
 * registered with /engine-rest here and with the web apps' APIs by {@link WebappApis}.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(1)
public class RestObjectMapper implements ContextResolver<ObjectMapper> {

  private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }

  /** Registers the resolver with /engine-rest. */
  @Component
  public static class Registration implements ResourceConfigCustomizer {
    @Override
    public void customize(ResourceConfig config) {
      config.register(RestObjectMapper.class);
    }
  }
}
