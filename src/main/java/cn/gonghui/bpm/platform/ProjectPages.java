package cn.gonghui.bpm.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The project's own pages ({@code static/gonghui/*.html}) under the web apps' Content-Security-Policy
 * ({@link ProjectSecurityHeaders}): that policy runs only scripts carrying the response's nonce, so each page
 * marks its scripts {@code nonce="$CSP_NONCE"}, as the web apps' pages do, and is served with the nonce of its
 * response filled in.
 */
public class ProjectPages extends OncePerRequestFilter {

  static final String NONCE_PLACEHOLDER = "$CSP_NONCE";
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    ClassPathResource page = new ClassPathResource("static" + path);
    if (!"GET".equals(request.getMethod()) || !path.endsWith(".html") || path.contains("..") || !page.isReadable()) {
      chain.doFilter(request, response);
      return;
    }
    String html;
    try (InputStream in = page.getInputStream()) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // exactly the nonce this response's policy names, read from the header the security filter has set
    String policy = response.getHeader(ContentSecurityPolicyProvider.HEADER_NAME);
    Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
    html = html.replace(NONCE_PLACEHOLDER, nonce.find() ? nonce.group(1) : "");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
