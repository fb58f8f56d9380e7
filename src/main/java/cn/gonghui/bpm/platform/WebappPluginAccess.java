package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web apps' plugin APIs ({@code /camunda/api/cockpit/plugin/…}, {@code …/admin/plugin/…},
 * {@code …/tasklist/plugin/…}) only for users who may open that web app. Camunda lets any logged-in user call
 * them: a clerk logged in to Tasklist could read Cockpit's dashboard counts or Admin's metrics of every unit.
 * A user without the app gets 403 in Chinese; the plugins' static scripts stay public, and a request without a
 * session is left to the web apps' own authentication (401).
 */
public class WebappPluginAccess extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String apiPath;

  /** @param webappPath the web apps' application path, e.g. {@code /camunda} */
  public WebappPluginAccess(String webappPath) {
    this.apiPath = (webappPath.endsWith("/") ? webappPath : webappPath + "/") + "api/";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(apiPath)) {
      chain.doFilter(request, response);
      return;
    }
    // {app}/plugin/{plugin}/{engine or "static"}/…
    String[] parts = path.substring(apiPath.length()).split("/");
    if (parts.length < 4 || !parts[1].equals("plugin") || parts[3].equals("static")) {
      chain.doFilter(request, response);
      return;
    }
    UserAuthentication user = sessionUser(request, parts[3]);
    if (user == null || user.isAuthorizedForApp(parts[0])) {
      chain.doFilter(request, response);
      return;
    }
    ClerkError error = ClerkError.ofStatus(403);
    ErrorLog.log(error, null, request);
    response.setStatus(403);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(error.body()));
  }

  private static UserAuthentication sessionUser(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine);
    return authentication instanceof UserAuthentication user ? user : null;
  }
}
