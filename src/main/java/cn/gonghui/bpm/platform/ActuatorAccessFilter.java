package cn.gonghui.bpm.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Operations endpoints: anybody may ask {@code /actuator/health} whether the service is up, but only an
 * administrator (HTTP Basic) sees its components (database, process engine, job executor) and reads the
 * Prometheus metrics. Other users get 403, anonymous callers 401 — the metrics count the cases of every unit.
 */
public class ActuatorAccessFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;

  public ActuatorAccessFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String admin = administrator(request);
    if (path.startsWith("/actuator/prometheus")) {
      if (admin == null) {
        boolean anonymous = request.getHeader("Authorization") == null;
        ClerkError error = ClerkError.ofStatus(anonymous ? 401 : 403);
        if (anonymous) {
          response.setHeader("WWW-Authenticate", "Basic realm=\"gonghui-bpm\", charset=\"UTF-8\"");
        }
        ErrorLog.log(error, null, request);
        response.setStatus(error.status());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(error.body()));
        return;
      }
    }
    if (admin == null) {
      chain.doFilter(request, response);
      return;
    }
    Principal principal = () -> admin;
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public Principal getUserPrincipal() {
            return principal;
          }

          @Override
          public boolean isUserInRole(String role) {
            return true;
          }
        },
        response);
  }

  /** The administrator named by valid HTTP Basic credentials, or null. */
  private String administrator(HttpServletRequest request) {
    String[] credentials = BasicCredentials.parse(request.getHeader("Authorization"));
    if (credentials == null) {
      return null;
    }
    IdentityService identity = engine.getIdentityService();
    if (!identity.checkPassword(credentials[0], credentials[1])) {
      return null;
    }
    boolean admin = identity.createUserQuery().userId(credentials[0]).memberOfGroup(Roles.ADMINISTRATORS).count() > 0;
    return admin ? credentials[0] : null;
  }
}
