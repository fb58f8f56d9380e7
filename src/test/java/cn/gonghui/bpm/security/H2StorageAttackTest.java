package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.GonghuiApplication;
import cn.gonghui.bpm.platform.validation.CreditCode;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7, points 4 and 6, on the embedded default (H2 in file mode under {@code ./data}, as
 * {@code ./mvnw spring-boot:run} runs it): H2 stores a NUL character where PostgreSQL refuses it, so on H2 every
 * way in must refuse it first — JSON bodies, the start and task forms, an uploaded roster — and no text column
 * may hold one afterwards. {@code ./data} and the database files in it are readable by their owner only.
 *
 * <p>The application runs in a process of its own (the test's class path, a fresh working directory, no data
 * directory given): a second application in this JVM would unregister the shared test application's process
 * engine and web apps when it stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class H2StorageAttackTest {

  static final String PASSWORD = "h2-demo-Secret-1";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  Path workDir;
  Path dataDir;
  Process app;
  int port;

  @BeforeAll
  void start() throws Exception {
    workDir = Files.createTempDirectory("gonghui-h2-attack");
    dataDir = workDir.resolve("data");
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String javaCommand = ProcessHandle.current().info().command().orElse("java");
    app =
        new ProcessBuilder(
                // quick start-up: this application serves a handful of requests
                javaCommand, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                GonghuiApplication.class.getName(),
                "--server.port=" + port,
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.profiles.active=demo",
                "--gonghui.demo.password=" + PASSWORD,
                "--gonghui.admin.password=" + PASSWORD,
                "--logging.level.root=WARN")
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("app.log").toFile())
            .start();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
    while (true) {
      assertThat(app.isAlive()).as("the application runs: %s", workDir.resolve("app.log")).isTrue();
      try {
        if (send("GET", "/actuator/health", null, null).statusCode() == 200) {
          break;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      assertThat(System.nanoTime()).as("started within 5 minutes").isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      stopApplication();
    }
    try (Stream<Path> files = Files.walk(workDir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  @Order(2)
  void aNulCharacterIsRefusedOnEveryWayInAndNeverStored() throws Exception {
    String creditCode = creditCode();
    Map<String, Object> form = FoundingUnderAttack.startForm(creditCode, 20);

    Map<String, Object> nulName = new java.util.LinkedHashMap<>(form);
    nulName.put("enterpriseName", "东街\u0000企业");
    assertRefused(send("POST", "/api/enterprises", "application/json", JSON.writeValueAsString(nulName)), "enterpriseName");
    Map<String, Object> nulOwner = new java.util.LinkedHashMap<>(form);
    nulOwner.put("ownerName", "郑\u0000国强");
    assertRefused(
        send("POST", "/engine-rest/process-definition/key/union-founding/submit-form", "application/json",
            JSON.writeValueAsString(Map.of("variables", AttackSupport.variables(nulOwner)))),
        "ownerName");

    HttpResponse<String> started =
        send("POST", "/engine-rest/process-definition/key/union-founding/submit-form", "application/json",
            JSON.writeValueAsString(Map.of("variables", AttackSupport.variables(form))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseId = JSON.readTree(started.body()).path("id").asText();

    String boundary = "RosterBoundary";
    for (String name : List.of("会员\u00001", "会员\u00011")) {
      String csv = "姓名,居民身份证号码,性别,车间/班组\r\n" + name + "," + FoundingUnderAttack.id(0, true) + ",女,一车间\r\n";
      String body =
          "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"花名册.csv\"\r\nContent-Type: text/csv\r\n\r\n"
              + csv + "\r\n--" + boundary + "--\r\n";
      HttpResponse<String> upload =
          send("POST", "/api/union-foundings/" + caseId + "/roster", "multipart/form-data; boundary=" + boundary, body);
      assertRefused(upload, "file");
      assertThat(upload.body()).contains("第2行「姓名」");
    }

    // the application's own connection (H2 in file mode allows one process; the server's pool holds it)
    JdbcTemplate jdbc = new JdbcTemplate(h2());
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_name, column_name from information_schema.columns where table_schema = 'PUBLIC' "
                + "and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER')");
    assertThat(columns).isNotEmpty();
    for (Map<String, Object> column : columns) {
      Long found =
          jdbc.queryForObject(
              "select count(*) from \"" + column.get("TABLE_NAME") + "\" where position(char(0) in \"" + column.get("COLUMN_NAME") + "\") > 0",
              Long.class);
      assertThat(found).as("NUL characters in %s.%s", column.get("TABLE_NAME"), column.get("COLUMN_NAME")).isZero();
    }
  }

  @Test
  @Order(1)
  void theDatabaseFilesAndTheirDirectoryAreTheOwnersOnly() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.walk(dataDir)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));
      for (Path file : all) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("%s", file).isEqualTo("rw-------");
      }
    }
  }

  /** The application's H2 database, read directly once the application has stopped (H2 files have one owner). */
  private DataSource h2() throws Exception {
    stopApplication();
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dataDir.resolve("gonghui") + ";ACCESS_MODE_DATA=r");
    h2.setUser("sa");
    h2.setPassword("");
    return h2;
  }

  private void stopApplication() throws InterruptedException {
    app.destroy();
    if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      app.destroyForcibly().waitFor();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static void assertRefused(HttpResponse<String> response, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<>() {});
    assertThat(body.get("field")).as(response.body()).isEqualTo(field);
    assertThat(String.valueOf(body.get("message"))).containsPattern("\\p{IsHan}");
  }

  private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("dongjie-clerk:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String creditCode() {
    String first17 = "91620102MH" + String.format("%07d", System.nanoTime() % 10_000_000);
    return first17 + CreditCode.checkCharacter(first17);
  }
}
