package cn.gonghui.bpm.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;

/**
 * Gives every request its own Content-Security-Policy nonce.
 *
 * <p>Camunda's header filter ({@code HttpHeaderSecurityFilter}, in the web apps and behind
 * {@link ProjectSecurityHeaders}) makes a new nonce for each response's policy and keeps it in a servlet-context
 * attribute ({@value ContentSecurityPolicyProvider#ATTR_CSP_FILTER_NONCE}); the web apps' pages
 * ({@code ProcessEnginesFilter}) read it back from there and mark their scripts with it. That attribute is shared
 * by every request: when another request passes a header filter between the two steps, the page carries the
 * other request's nonce, the browser refuses all its scripts, and Tasklist or Cockpit stays on its spinner. With
 * hundreds of clerks at work that happens to somebody every day (the browser tests caught it when a change made
 * the landing page's requests a little faster).
 *
 * <p>This filter runs before all of them and hands the rest of the chain a request whose servlet context keeps
 * that one attribute for the request alone; everything else is the application's servlet context.
 */
public class RequestScopedCspNonce implements Filter {

  static final String NONCE_ATTRIBUTE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http) {
      chain.doFilter(new OwnNonce(http), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** A request whose servlet context holds the nonce attribute for this request only. */
  static final class OwnNonce extends HttpServletRequestWrapper {

    private final ServletContext context;

    OwnNonce(HttpServletRequest request) {
      super(request);
      this.context = ownNonceContext(request.getServletContext());
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }
  }

  /** The application's servlet context, except that the nonce attribute lives in the returned view alone. */
  static ServletContext ownNonceContext(ServletContext shared) {
    Object[] nonce = new Object[1];
    return (ServletContext)
        Proxy.newProxyInstance(
            RequestScopedCspNonce.class.getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, method, args) -> {
              if (isNonceAccess(method, args)) {
                switch (method.getName()) {
                  case "getAttribute":
                    return nonce[0];
                  case "setAttribute":
                    nonce[0] = args[1];
                    return null;
                  default: // removeAttribute
                    nonce[0] = null;
                    return null;
                }
              }
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> "request-scoped CSP nonce view of " + shared;
                };
              }
              try {
                return method.invoke(shared, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static boolean isNonceAccess(Method method, Object[] args) {
    String name = method.getName();
    return args != null
        && args.length >= 1
        && NONCE_ATTRIBUTE.equals(args[0])
        && (name.equals("getAttribute") || name.equals("setAttribute") || name.equals("removeAttribute"));
  }
}
