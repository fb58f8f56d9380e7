package cn.gonghui.bpm.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The web apps' own APIs (Tasklist, Cockpit, Admin and Welcome submit forms, claim tasks and read through
 * {@code /camunda/api/…}) answer errors as /engine-rest does ({@link RestErrorMappers}): a clerk's bad input is
 * a 400 naming the field, a missing right a Chinese 403, never Camunda's English 500. Camunda's web app
 * starter registers these five servlets only when none of that name exists yet, so this registers them first,
 * with the same applications and our error mappers added, and one JSON mapper for all requests
 * ({@link RestObjectMapper}).
 */
@Configuration
public class WebappApis {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public ServletContextInitializer webappApisWithChineseErrors(CamundaBpmProperties properties) {
    return servletContext -> {
      String path = properties.getWebapp().getApplicationPath();
      Map<String, Object[]> apis = new LinkedHashMap<>();
      apis.put("Cockpit Api", new Object[] {CockpitApplication.class, path + "/api/cockpit/*"});
      apis.put("Admin Api", new Object[] {AdminApplication.class, path + "/api/admin/*"});
      apis.put("Tasklist Api", new Object[] {TasklistApplication.class, path + "/api/tasklist/*"});
      apis.put("Engine Api", new Object[] {EngineRestApplication.class, path + "/api/engine/*"});
      apis.put("Welcome Api", new Object[] {WelcomeApplication.class, path + "/api/welcome/*"});
      String providers =
          Stream.concat(RestErrorMappers.MAPPERS.stream(), Stream.of(RestObjectMapper.class))
              .map(Class::getName)
              .collect(Collectors.joining(","));
      apis.forEach(
          (name, api) -> {
            ServletRegistration servlet = servletContext.addServlet(name, ServletContainer.class);
            servlet.addMapping((String) api[1]);
            servlet.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, ((Class<?>) api[0]).getName());
            servlet.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, providers);
          });
    };
  }
}
