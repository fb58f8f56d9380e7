package cn.gonghui.bpm;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Base class of the integration tests: the whole application on a random port with the {@code demo}
 * and {@code postgres} profiles, on a real PostgreSQL server. Every subclass must keep this exact
 * configuration (no extra properties, no mock beans) so Spring reuses one application context, and with
 * it one PostgreSQL server, for the whole test run. Tests must not depend on each other's data: give
 * new records unique names.
 */
@SpringBootTest(
    classes = GonghuiApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gonghui.admin.user=admin",
      "gonghui.admin.password=" + PostgresIntegrationTest.ADMIN_PASSWORD,
      "gonghui.demo.password=" + PostgresIntegrationTest.DEMO_PASSWORD,
      "gonghui.data-dir=target/it-data",
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles({"postgres", "demo"})
@AutoConfigureObservability(tracing = false)
@Import(EmbeddedPostgresConfiguration.class)
public abstract class PostgresIntegrationTest {

  public static final String ADMIN_PASSWORD = "it-admin-Secret-1";
  public static final String DEMO_PASSWORD = "it-demo-Secret-1";

  @LocalServerPort protected int port;

  @Autowired protected TestRestTemplate rest;

  /** Basic-auth headers for a demo user (all demo users share the demo password). */
  protected static HttpHeaders as(String userId) {
    return basic(userId, userId.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD);
  }

  /** Camunda REST variables from a form's plain values: whole numbers as Long, the rest untyped. */
  protected static Map<String, Object> engineVariables(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((key, value) ->
        variables.put(key, value instanceof Integer number ? Map.of("value", number, "type", "Long") : Map.of("value", value)));
    return variables;
  }

  /** Uploads {@code content} as the multipart field {@code file} named {@code fileName} to {@code path}, as {@code user}. */
  protected ResponseEntity<Map> uploadFile(String user, String path, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("http://localhost:" + port + path, HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
  }

  protected static HttpHeaders basic(String userId, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(
        HttpHeaders.AUTHORIZATION,
        "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return headers;
  }
}
