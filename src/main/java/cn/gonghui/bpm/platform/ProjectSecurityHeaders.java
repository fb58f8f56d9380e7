package cn.gonghui.bpm.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;

/**
 * The web apps' security headers (X-Content-Type-Options, X-XSS-Protection, Content-Security-Policy and, when
 * configured, Strict-Transport-Security), with the web apps' settings, on everything that is not a web app:
 * /api, /engine-rest, /actuator, the project's pages, the start page, and every error answer. The web apps under
 * their application path set them themselves, with the script nonce of each page, and are left alone.
 */
public class ProjectSecurityHeaders extends HttpHeaderSecurityFilter {

  private final String webappPath;

  public ProjectSecurityHeaders(String webappPath) {
    this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && http.getDispatcherType() == DispatcherType.REQUEST) {
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (path.startsWith(webappPath)) {
        chain.doFilter(request, response);
        return;
      }
    }
    super.doFilter(request, response, chain);
  }
}
