package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.Date;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.spi.ContextResolvers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * /engine-rest asks one JSON mapper for every request ({@link RestObjectMapper}), configured as Camunda configures
 * its own: dates as Camunda writes them, unknown properties ignored.
 */
class RestObjectMapperTest extends PostgresIntegrationTest {

  @Autowired ApplicationContext context;

  @Test
  void engineRestResolvesOneMapperConfiguredAsCamundas() throws Exception {
    // /engine-rest answers (Jersey starts its application with the first request)
    ResponseEntity<String> version =
        rest.exchange("/engine-rest/version", HttpMethod.GET, new HttpEntity<>(as("county-manager")), String.class);
    assertThat(version.getStatusCode().value()).isEqualTo(200);
    assertThat(version.getBody()).contains("\"version\":\"7.24.0\"");

    ContextResolver<ObjectMapper> resolver = engineRestResolvers().resolve(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
    ObjectMapper first = resolver.getContext(Object.class);
    ObjectMapper second = resolver.getContext(Object.class);
    assertThat(first).as("the same mapper each time").isSameAs(second);
    assertThat(first.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
    assertThat(first.writeValueAsString(new Date(0))).matches("\"1970-01-01T\\d\\d:00:00\\.000[+-]\\d{4}\"");
    record Known(String name) {}
    assertThat(first.readValue("{\"name\":\"x\",\"unknown\":1}", Known.class).name()).isEqualTo("x");
  }

  private ContextResolvers engineRestResolvers() {
    for (ServletRegistrationBean<?> registration : context.getBeansOfType(ServletRegistrationBean.class).values()) {
      if (registration.getServlet() instanceof ServletContainer jersey && registration.getUrlMappings().contains("/engine-rest/*")) {
        return jersey.getApplicationHandler().getInjectionManager().getInstance(ContextResolvers.class);
      }
    }
    throw new AssertionError("no Jersey servlet at /engine-rest/*");
  }
}
