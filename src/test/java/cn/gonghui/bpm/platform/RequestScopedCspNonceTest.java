package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/**
 * Two requests interleaved the way a busy server interleaves them: request A passes Camunda's header filter, request
 * B passes it completely, then A's page reads the nonce to put on its scripts (what {@code ProcessEnginesFilter}
 * does). With Camunda alone A gets B's nonce; behind {@link RequestScopedCspNonce} A gets its own.
 */
class RequestScopedCspNonceTest {

  private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");

  private final MockServletContext application = new MockServletContext();
  private HttpHeaderSecurityFilter camundaHeaders;

  @BeforeEach
  void camundasHeaderFilter() throws Exception {
    camundaHeaders = new HttpHeaderSecurityFilter();
    camundaHeaders.init(new MockFilterConfig(application, "HttpHeaderSecurity"));
  }

  @Test
  void withCamundaAloneAPageCarriesTheNonceOfWhicheverRequestCameLast() throws Exception {
    List<String> seenByA = new ArrayList<>();
    MockHttpServletResponse a =
        run(
            request -> {
              run(ignored -> {}, camundaHeaders); // B, in between
              seenByA.add((String) request.getServletContext().getAttribute(RequestScopedCspNonce.NONCE_ATTRIBUTE));
            },
            camundaHeaders);

    // the defect this project works around; if a Camunda update fixes it, RequestScopedCspNonce can go
    assertThat(seenByA.get(0)).isNotNull().isNotEqualTo(policyNonce(a));
  }

  @Test
  void behindTheFilterEachPageCarriesTheNonceOfItsOwnPolicy() throws Exception {
    RequestScopedCspNonce ownNonce = new RequestScopedCspNonce();
    List<String> seenByA = new ArrayList<>();
    List<MockHttpServletResponse> b = new ArrayList<>();
    MockHttpServletResponse a =
        run(
            request -> {
              b.add(run(ignored -> {}, ownNonce, camundaHeaders));
              seenByA.add((String) request.getServletContext().getAttribute(RequestScopedCspNonce.NONCE_ATTRIBUTE));
            },
            ownNonce,
            camundaHeaders);

    assertThat(seenByA.get(0)).isNotNull().isEqualTo(policyNonce(a)).isNotEqualTo(policyNonce(b.get(0)));
    assertThat(application.getAttribute(RequestScopedCspNonce.NONCE_ATTRIBUTE))
        .as("nothing left in the application-wide attribute")
        .isNull();
  }

  @Test
  void everyOtherAttributeIsTheApplicationsOwn() throws Exception {
    application.setAttribute("org.example.shared", "before");
    run(
        request -> {
          ServletContext context = request.getServletContext();
          assertThat(context.getAttribute("org.example.shared")).isEqualTo("before");
          context.setAttribute("org.example.written", "by the request");
          context.removeAttribute("org.example.shared");
          assertThat(context.getContextPath()).isEqualTo(application.getContextPath());
        },
        new RequestScopedCspNonce());

    assertThat(application.getAttribute("org.example.written")).isEqualTo("by the request");
    assertThat(application.getAttribute("org.example.shared")).isNull();
  }

  /** One GET through {@code filters}; {@code page} plays the servlet at the end of the chain. */
  private MockHttpServletResponse run(Consumer<HttpServletRequest> page, Filter... filters) {
    MockHttpServletRequest request = new MockHttpServletRequest(application, "GET", "/camunda/app/tasklist/default/");
    MockHttpServletResponse response = new MockHttpServletResponse();
    HttpServlet servlet =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest req, HttpServletResponse res) {
            page.accept(req);
          }
        };
    try {
      new MockFilterChain(servlet, filters).doFilter(request, response);
    } catch (IOException | ServletException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }

  private static String policyNonce(MockHttpServletResponse response) {
    Matcher nonce = POLICY_NONCE.matcher(String.valueOf(response.getHeader("Content-Security-Policy")));
    assertThat(nonce.find()).as("a nonce in the policy").isTrue();
    return nonce.group(1);
  }
}
