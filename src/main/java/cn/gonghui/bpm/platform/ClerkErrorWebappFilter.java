package cn.gonghui.bpm.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms and claims tasks through the web apps' own REST API
 * ({@code /camunda/api/engine/…}), which answers a clerk's bad input or a conflict with another clerk with
 * a 500 ("Cannot submit task form …"). This filter turns such an answer into the {@link ClerkError}'s 400
 * or 409 carrying only the Chinese message (and the field), as /engine-rest does
 * ({@link ClerkErrorRestMapper}). Other answers pass through unchanged.
 */
public class ClerkErrorWebappFilter extends OncePerRequestFilter {

  /** Set while a web app request runs, so engine threads outside requests never keep a ClerkError. */
  static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Registers the filter for the web apps' engine API only (not a bean itself, so not on every path). */
  @Configuration
  public static class Registration {

    @Bean
    public FilterRegistrationBean<ClerkErrorWebappFilter> clerkErrorWebappFilter() {
      FilterRegistrationBean<ClerkErrorWebappFilter> registration =
          new FilterRegistrationBean<>(new ClerkErrorWebappFilter());
      registration.setName("clerk-error-webapp");
      registration.addUrlPatterns("/camunda/api/engine/*");
      registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
      return registration;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    ClerkErrorUnwrapping.LAST.remove();
    ACTIVE.set(Boolean.TRUE);
    try {
      chain.doFilter(request, wrapper);
      ClerkError error = ClerkErrorUnwrapping.LAST.get();
      if (error != null && wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        byte[] json = JSON.writeValueAsBytes(error.body());
        wrapper.resetBuffer();
        response.setStatus(error.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        return;
      }
      wrapper.copyBodyToResponse();
    } finally {
      ClerkErrorUnwrapping.LAST.remove();
      ACTIVE.remove();
    }
  }
}
