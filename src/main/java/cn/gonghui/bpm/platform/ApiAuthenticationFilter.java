package cn.gonghui.bpm.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Authentication of the project's own API (/api): HTTP Basic against Camunda's identity service (for
 * scripts and other systems), or the clerk's logged-in web app session (for the pages a clerk opens from
 * Tasklist, e.g. the roster upload) — then every request that changes something must carry the session's
 * CSRF token in X-XSRF-TOKEN, as the web apps' own API requires. Without either: 401. The request runs
 * as that user with their groups, so Camunda's authorization checks apply to what it does.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ProcessEngine engine;

  public ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identity = engine.getIdentityService();
    String header = request.getHeader("Authorization");
    String userId;
    List<String> groups;
    List<String> tenants;
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] credentials = BasicCredentials.parse(header);
      if (credentials == null || !VerifiedPasswords.check(engine, credentials[0], credentials[1])) {
        unauthorized(response);
        return;
      }
      userId = credentials[0];
      UserMemberships.Entry memberships = UserMemberships.of(engine, userId);
      groups = memberships.groups();
      tenants = memberships.tenants();
    } else {
      UserAuthentication session = sessionUser(request);
      if (session == null) {
        unauthorized(response);
        return;
      }
      if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":403,\"message\":\"页面已过期，请刷新后重试（缺少 CSRF 令牌）\"}");
        return;
      }
      userId = session.getIdentityId();
      groups = session.getGroupIds();
      tenants = session.getTenantIds();
      // As the web apps' own API does: a page of the same origin learns the session's token from a
      // response header (other origins cannot read it) and sends it back with every change.
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, sessionCsrfToken(request.getSession()));
    }
    identity.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private UserAuthentication sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication instanceof UserAuthentication user ? user : null;
  }

  /** The session's CSRF token, shared with the web apps (created as they do when the session has none yet). */
  private static String sessionCsrfToken(HttpSession session) {
    synchronized (WebUtils.getSessionMutex(session)) {
      Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      if (token instanceof String value) {
        return value;
      }
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      String created = HexFormat.of().withUpperCase().formatHex(bytes);
      session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, created);
      return created;
    }
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token
        && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"gonghui-bpm\"");
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"status\":401,\"type\":\"RequestError\",\"message\":\"请先登录\"}");
  }
}
