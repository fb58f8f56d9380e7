package cn.gonghui.bpm.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
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
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, EngineRestBasicAuthentication.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
    return registration;
  }

  /**
   * Camunda's REST API, at /engine-rest and under the web apps' API path, with the service files of the class path
   * read once ({@link ServiceIndexCache}); before the authentication filter, which looks up the engine too.
   */
  @Bean
  public FilterRegistrationBean<Filter> serviceIndexCache(CamundaBpmProperties properties) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ServiceIndexCache());
    registration.setName("service-index-cache");
    registration.addUrlPatterns("/engine-rest/*", properties.getWebapp().getApplicationPath() + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 95);
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

  /** The project's pages with the nonce of the web apps' Content-Security-Policy ({@link ProjectPages}). */
  @Bean
  public FilterRegistrationBean<Filter> projectPages() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProjectPages());
    registration.setName("project-pages");
    registration.addUrlPatterns("/gonghui/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 120);
    return registration;
  }

  /** The web apps' plugin APIs for the users of that web app only ({@link WebappPluginAccess}). */
  @Bean
  public FilterRegistrationBean<Filter> webappPluginAccess(CamundaBpmProperties properties) {
    String path = properties.getWebapp().getApplicationPath();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappPluginAccess(path));
    registration.setName("webapp-plugin-access");
    registration.addUrlPatterns(path + "/api/cockpit/plugin/*", path + "/api/admin/plugin/*", path + "/api/tasklist/plugin/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 104);
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
   * Before every filter that sets a Content-Security-Policy: each request keeps its own nonce
   * ({@link RequestScopedCspNonce}), so a web app page always carries the nonce of its own policy.
   */
  @Bean
  public FilterRegistrationBean<Filter> requestScopedCspNonce() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestScopedCspNonce());
    registration.setName("request-scoped-csp-nonce");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
    return registration;
  }

  /** The web apps' security headers on everything outside the web apps ({@link ProjectSecurityHeaders}). */
  @Bean
  public FilterRegistrationBean<Filter> apiSecurityHeaders(CamundaBpmProperties properties) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProjectSecurityHeaders(properties.getWebapp().getApplicationPath()));
    registration.setName("api-security-headers");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setInitParameters(properties.getWebapp().getHeaderSecurity().getInitParams());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
