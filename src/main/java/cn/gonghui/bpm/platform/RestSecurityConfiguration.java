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
 * (/engine-rest, used by the Modeler) and the Prometheus endpoint; the project's own API (/api) also
 * accepts the clerk's web app session ({@link ApiAuthenticationFilter}). A request without valid
 * credentials gets 401; an authenticated request runs with the user's groups, so Camunda's
 * authorization checks apply to everything it does. The web apps keep their own session login and
 * Camunda's CSRF protection.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    return basicAuthentication("engine-rest-authentication", "/engine-rest/*", null, 1);
  }

  @Bean
  public FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 102);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> prometheusAuthenticationFilter() {
    return basicAuthentication("prometheus-authentication", "/actuator/prometheus", "", 3);
  }

  private static FilterRegistrationBean<Filter> basicAuthentication(
      String name, String urlPattern, String servletPathPrefix, int order) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    if (servletPathPrefix != null) {
      // Outside Jersey the whole request path is the "servlet path"; an empty prefix addresses the default engine.
      registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, servletPathPrefix);
    }
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100 + order);
    return registration;
  }
}
