package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.security.AttackSupport.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser's session with the Camunda web apps: logged in through the apps' login form, with the session
 * cookie and the CSRF token the apps send back with every change.
 */
final class WebSession {

  private final AttackSupport support;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, List<String>> lastSetCookies = new LinkedHashMap<>();
  private String csrf;

  private WebSession(AttackSupport support) {
    this.support = support;
  }

  /** Logs {@code user} in to {@code app} (tasklist, cockpit, admin) as a browser does. */
  static WebSession login(AttackSupport support, String user, String app) {
    return login(support, user, app, Map.of());
  }

  /** The same, with extra headers on every request (e.g. X-Forwarded-Proto from a reverse proxy). */
  static WebSession login(AttackSupport support, String user, String app, Map<String, String> headers) {
    WebSession session = new WebSession(support);
    session.extra.putAll(headers);
    session.send("GET", "/camunda/app/" + app + "/default/", null, null);
    String form =
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(user.equals("admin") ? PostgresIntegrationTest.ADMIN_PASSWORD : PostgresIntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8);
    Answer login = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app, "application/x-www-form-urlencoded", form);
    assertThat(login.status()).as("%s", login).isEqualTo(200);
    session.loginAnswer = login;
    session.send("GET", "/camunda/api/engine/engine/default/task/count", null, null);
    return session;
  }

  private final Map<String, String> extra = new LinkedHashMap<>();
  Answer loginAnswer;

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer post(String path, Object json) {
    try {
      return send("POST", path, AttackSupport.JSON, json instanceof String text ? text : AttackSupport.MAPPER.writeValueAsString(json));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Answer send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(support.url(path)))
            .timeout(Duration.ofSeconds(60))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
      request.header("Cookie", header.toString());
    }
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    extra.forEach(request::header);
    String description = method + " " + path + " (web session)";
    try {
      HttpResponse<String> response = AttackSupport.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      List<String> set = response.headers().allValues("Set-Cookie");
      for (String cookie : set) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        lastSetCookies.put(pair.substring(0, eq), List.of(cookie));
      }
      String token = response.headers().firstValue("X-XSRF-TOKEN").orElse(null);
      csrf = token != null ? token : cookies.getOrDefault("XSRF-TOKEN", csrf);
      return new Answer(description, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(description + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The Set-Cookie headers seen for each cookie name (the latest of each). */
  Map<String, List<String>> setCookies() {
    return lastSetCookies;
  }
}
