package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, point 6: headers and exposure. The APIs and the project's pages send the web apps' security headers;
 * the session cookie is Secure behind a reverse proxy that terminates HTTPS; anonymous callers learn from
 * /actuator that the service is up and nothing more; metrics are for administrators; GET /error is no 500; the
 * data directory is its owner's only.
 */
class ExposureAttackTest extends AttackSupport {

  /** The security headers the web apps send (Camunda's header security filter, with its settings). */
  static final List<String> SECURITY_HEADERS =
      List.of("X-Content-Type-Options", "X-XSS-Protection", "Content-Security-Policy", "Strict-Transport-Security", "X-Frame-Options");

  @Test
  void theApisAndTheProjectsPagesSendTheWebAppsSecurityHeaders() {
    Answer reference = get("/camunda/app/tasklist/default/").send();
    assertThat(reference.header("X-Content-Type-Options")).as("the web apps' headers").isNotNull();
    assertThat(reference.header("Content-Security-Policy")).as("the web apps' headers").isNotNull();
    List<Answer> answers =
        List.of(
            get("/api/me").as("dongjie-clerk").send(),
            get("/api/enterprises?community=SFX-CG-DJ").send(),
            get("/api/enterprises?community=SFX-CG-XJ").as("dongjie-clerk").send(),
            get("/engine-rest/task").as("dongjie-clerk").send(),
            get("/engine-rest/task").send(),
            post("/engine-rest/task/x/complete").as("dongjie-clerk").body("text/plain", "x").send(),
            get("/gonghui/roster-upload.html").send(),
            get("/").send(),
            get("/error").send(),
            get("/does-not-exist").send(),
            get("/actuator/health").send(),
            get("/actuator/prometheus").as("dongjie-clerk").send(),
            get("/camunda/api/engine/engine/default/task").send());
    for (Answer answer : answers) {
      for (String header : SECURITY_HEADERS) {
        assertThat(withoutNonce(answer.header(header))).as("%s: %s", answer.request(), header).isEqualTo(withoutNonce(reference.header(header)));
      }
    }
  }

  /** The project's pages run their scripts under that policy: each script carries the response's nonce. */
  @Test
  void theProjectsPagesCarryTheNonceOfTheirContentSecurityPolicy() {
    Answer page = get("/gonghui/roster-upload.html").send();
    assertThat(page.status()).isEqualTo(200);
    java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(page.header("Content-Security-Policy"));
    assertThat(nonce.find()).isTrue();
    assertThat(page.body()).contains("<script nonce=\"" + nonce.group(1) + "\">").doesNotContain("<script>");
  }

  /** The header without its per-response script nonce. */
  static String withoutNonce(String header) {
    return header == null ? null : header.replaceAll("'nonce-[^']*'", "'nonce'");
  }

  @Test
  void theSessionCookieIsSecureBehindAReverseProxyThatTerminatesHttps() {
    WebSession proxied = WebSession.login(this, "dongjie-clerk", "tasklist", Map.of("X-Forwarded-Proto", "https"));
    String session = proxied.setCookies().get("JSESSIONID").get(0);
    assertThat(session).as("Set-Cookie over HTTPS").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
    // the project's /api with that session answers as the web apps do
    assertThat(proxied.get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void anonymousCallersLearnThatTheServiceIsUpAndNothingMore() {
    Answer index = get("/actuator").send();
    assertThat(index.status()).as("%s", index).isIn(200, 404);
    if (index.status() == 200) {
      assertThat(index.json().get("_links")).asString().doesNotContain("prometheus", "env", "beans");
    }
    for (String user : new String[] {null, "dongjie-clerk", "county-manager", "analyst"}) {
      Call call = get("/actuator/health");
      Answer health = (user == null ? call : call.as(user)).send();
      assertThat(health.status()).as("%s", health).isEqualTo(200);
      assertThat(health.json()).as("%s", health).containsOnlyKeys("status");
      Answer component = (user == null ? get("/actuator/health/db") : get("/actuator/health/db").as(user)).send();
      assertThat(component.status()).as("%s", component).isNotEqualTo(200).isLessThan(500);
    }
    Answer admin = get("/actuator/health").as("admin").send();
    assertThat(admin.json()).as("an administrator sees the components").containsKey("components");
    for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings", "metrics", "info")) {
      for (String user : new String[] {null, "dongjie-clerk"}) {
        Call call = get("/actuator/" + endpoint);
        Answer answer = (user == null ? call : call.as(user)).send();
        assertThat(answer.status()).as("%s", answer).isIn(401, 403, 404);
      }
    }
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    for (String user : List.of("dongjie-clerk", "chengguan-clerk", "analyst", "chengguan-manager", "county-manager")) {
      refused(get("/actuator/prometheus").as(user).send(), 403);
      for (String path : List.of("/engine-rest/metrics", "/engine-rest/metrics/activity-instance-start/sum",
          "/engine-rest/metrics/process-instances/sum", "/engine-rest/metrics/task-users/sum", "/engine-rest/telemetry/data",
          "/engine-rest/schema/log")) {
        refused(get(path).as(user).send(), 403);
      }
    }
    // the web apps' plugin APIs: Admin's metrics and Cockpit's dashboard for the users of those apps only
    for (String clerk : List.of("dongjie-clerk", "county-clerk")) {
      WebSession tasklist = WebSession.login(this, clerk, "tasklist");
      refused(tasklist.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2020-01-01&groupBy=year"), 403);
      refused(tasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"), 403);
      refused(tasklist.post("/camunda/api/cockpit/plugin/base/default/process-instance/count", "{}"), 403);
      refused(tasklist.post("/camunda/api/cockpit/plugin/base/default/incident/count", "{}"), 403);
    }
    for (String user : List.of("county-manager", "analyst")) {
      WebSession cockpit = WebSession.login(this, user, "cockpit");
      refused(cockpit.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2020-01-01&groupBy=year"), 403);
      assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status()).isEqualTo(200);
    }
    WebSession admin = WebSession.login(this, "admin", "admin");
    assertThat(admin.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2020-01-01&groupBy=year").status())
        .isEqualTo(200);
    refused(get("/actuator/prometheus").send(), 401);
    refused(get("/engine-rest/metrics").send(), 401);
    assertThat(get("/actuator/prometheus").as("admin").send().body()).contains("gonghui_engine_tasks_open");
    assertThat(get("/engine-rest/metrics/activity-instance-start/sum").as("admin").send().status()).isEqualTo(200);
  }

  @Test
  void errorIsNoServerError() {
    for (Call call : List.of(get("/error"), get("/error").as("dongjie-clerk"), post("/error").body(JSON, "{}"),
        get("/error").header("Accept", "text/html"), call("DELETE", "/error"), get("/error?status=500"),
        get("/does-not-exist").header("Accept", "text/html,application/xhtml+xml"))) {
      Answer answer = call.send();
      assertThat(answer.status()).as("%s", answer).isBetween(400, 499).isNotEqualTo(406);
      refused(answer, answer.status());
    }
    // an API asked for HTML: 406, still with the Chinese answer
    refused(get("/api/me").as("dongjie-clerk").header("Accept", "text/html").send(), 406);
  }

  @Test
  void theDataDirectoryIsTheOwnersOnly() throws Exception {
    Path data = Path.of("target/it-data"); // gonghui.data-dir of the integration tests, in the tests' working directory
    assertThat(data).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("%s", file).isEqualTo("rw-------");
      }
    }
  }
}
