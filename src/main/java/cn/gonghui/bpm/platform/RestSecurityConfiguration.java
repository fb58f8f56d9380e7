package cn.gonghui.bpm.platform;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic authentication against Camunda's identity service for the Camunda REST API
 * (/engine-rest, used by the Modeler); the project's own API (/api) and the Prometheus endpoint also
 * accept the user's web app session ({@link ApiAuthenticationFilter}). A request without valid
 * credentials gets 401; an authenticated request runs with the user's groups, so Camunda's
 * authorization checks apply to everything it does. The web apps keep their own session login and
 * Camunda's CSRF protection.
 */
@Configuration
public class RestSecurityConfiguration {

  /** Camunda's own HTTP Basic filter: it knows the engine-addressing paths of /engine-rest. */
  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
    return registration;
  }

  /** The project's API and the metrics endpoint: HTTP Basic, or the web app session. */
  @Bean
  public FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/prometheus");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 102);
    return registration;
  }
}
