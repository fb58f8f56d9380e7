package cn.gonghui.bpm.platform;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic authentication against Camunda's identity service for the Camunda REST API
 * (/engine-rest, used by the Modeler); the project's own API (/api) also
 * accepts the user's web app session ({@link ApiAuthenticationFilter}); the operations endpoints are for
 * administrators ({@link ActuatorAccessFilter}). A request without valid
 * credentials gets 401; an authenticated request runs with the user's groups, so Camunda's
 * authorization checks apply to everything it does. The web apps keep their own session login and
 * Camunda's CSRF protection.
 */
@Configuration
public class RestSecurityConfiguration {

  /**
   * Camunda's own HTTP Basic filter: it knows the engine-addressing paths of /engine-rest. The user's groups and
   * tenants come from {@link UserMemberships} (kept 30 s), not from two queries per request.
   */
  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, CachingBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
    return registration;
  }

  /** The project's API and the metrics endpoint: HTTP Basic, or the web app session. */
  @Bean
  public FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 102);
    return registration;
  }

  /** Health for everybody, its components and the metrics for administrators only. */
  @Bean
  public FilterRegistrationBean<Filter> actuatorAccessFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ActuatorAccessFilter(engine));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 103);
    return registration;
  }

  /** Request bodies: declared type, well-formed JSON, size limits ({@link RequestBodyFilter}). */
  @Bean
  public FilterRegistrationBean<Filter> requestBodyFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestBodyFilter());
    registration.setName("request-body");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
    return registration;
  }

  /**
   * The web apps' security headers (X-Content-Type-Options, X-XSS-Protection, Content-Security-Policy and, when
   * configured, Strict-Transport-Security) on the APIs and operations endpoints too, with the same settings.
   */
  @Bean
  public FilterRegistrationBean<Filter> apiSecurityHeaders(CamundaBpmProperties properties) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
    registration.setName("api-security-headers");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", "/error");
    registration.setInitParameters(properties.getWebapp().getHeaderSecurity().getInitParams());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
