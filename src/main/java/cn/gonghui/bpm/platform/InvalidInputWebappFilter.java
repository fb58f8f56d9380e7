package cn.gonghui.bpm.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the web apps' own REST API ({@code /camunda/api/engine/…}), which
 * answers a clerk's bad input with "500 Cannot submit task form …: 「…」…". This filter turns such an
 * answer into a 400 carrying only the Chinese message and the field, as /engine-rest does
 * ({@link InvalidInputRestMapper}). Other answers pass through unchanged.
 */
public class InvalidInputWebappFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Registers the filter for the web apps' engine API only (not a bean itself, so not on every path). */
  @Configuration
  public static class Registration {

    @Bean
    public FilterRegistrationBean<InvalidInputWebappFilter> invalidInputWebappFilter() {
      FilterRegistrationBean<InvalidInputWebappFilter> registration =
          new FilterRegistrationBean<>(new InvalidInputWebappFilter());
      registration.setName("invalid-input-webapp");
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
    InvalidInputUnwrapping.LAST.remove();
    try {
      chain.doFilter(request, wrapper);
      InvalidInputException invalid = InvalidInputUnwrapping.LAST.get();
      if (invalid != null && wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", InvalidInputException.class.getSimpleName());
        body.put("message", invalid.getMessage());
        body.put("field", invalid.getField());
        byte[] json = JSON.writeValueAsBytes(body);
        wrapper.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        return;
      }
      wrapper.copyBodyToResponse();
    } finally {
      InvalidInputUnwrapping.LAST.remove();
    }
  }
}
