package cn.gonghui.bpm.founding.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.testkit.Rosters;
import cn.gonghui.bpm.testkit.TestIdentities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The roster upload page a clerk opens from the 登记会员 task: it calls /api with the clerk's Tasklist
 * session (no second login), and an upload must carry the session's CSRF token.
 */
class RosterUploadPageTest extends PostgresIntegrationTest {

  @Test
  void thePageIsServed() {
    ResponseEntity<String> page = rest.getForEntity("/gonghui/roster-upload.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("上传会员花名册");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aClerksTasklistSessionUploadsARosterWithItsCsrfToken() throws Exception {
    String creditCode = TestIdentities.newCreditCode();
    ResponseEntity<Map> started =
        rest.exchange(
            "/api/union-foundings",
            HttpMethod.POST,
            new HttpEntity<>(UnionFoundingRestTest.startForm(creditCode, 20), json(as("dongjie-clerk"))),
            Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = (String) started.getBody().get("processInstanceId");
    UnionFoundingRestTest.CookieJar session = tasklistSession("dongjie-clerk");

    ResponseEntity<Map> me = rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(withoutCsrf(session)), Map.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the page learns the session's CSRF token from the answer, as it does in the browser
    session.take(me);
    assertThat((List<Map<String, Object>>) me.getBody().get("units")).extracting(u -> u.get("code")).containsExactly("SFX-CG-DJ");

    // the page lists the community's open cases
    ResponseEntity<List> open =
        rest.exchange("/api/union-foundings/open?community=SFX-CG-DJ", HttpMethod.GET, new HttpEntity<>(withoutCsrf(session)), List.class);
    assertThat((List<Map<String, Object>>) open.getBody()).extracting(c -> c.get("caseId")).contains(caseId);

    String path = "/api/union-foundings/" + caseId + "/roster";
    ResponseEntity<Map> forged = rest.exchange(path, HttpMethod.POST, upload(withoutCsrf(session)), Map.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> uploaded = rest.exchange(path, HttpMethod.POST, upload(session.headers()), Map.class);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(uploaded.getBody()).containsEntry("memberCount", 10);
  }

  @Test
  void withoutSessionOrCredentialsTheApiAnswers401() {
    ResponseEntity<String> response = rest.getForEntity("/api/me", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  private HttpEntity<MultiValueMap<String, Object>> upload(HttpHeaders headers) throws Exception {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new ByteArrayResource(Rosters.xlsx(10, 3)) {
          @Override
          public String getFilename() {
            return "会员花名册.xlsx";
          }
        });
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(form, headers);
  }

  /** Logs in to Tasklist as a browser does and fetches the session's CSRF token like Tasklist. */
  private UnionFoundingRestTest.CookieJar tasklistSession(String user) {
    UnionFoundingRestTest.CookieJar cookies =
        new UnionFoundingRestTest.CookieJar().take(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
    HttpHeaders login = cookies.headers();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
    credentials.add("username", user);
    credentials.add("password", DEMO_PASSWORD);
    cookies.take(
        rest.exchange(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            HttpMethod.POST,
            new HttpEntity<>(credentials, login),
            String.class));
    return cookies;
  }

  private static HttpHeaders withoutCsrf(UnionFoundingRestTest.CookieJar session) {
    HttpHeaders headers = session.headers();
    headers.remove("X-XSRF-TOKEN");
    return headers;
  }

  private static HttpHeaders json(HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
