package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every attack test needs: raw HTTP as any user (or nobody), with any body, content type and headers —
 * nothing of Spring's client that would tidy a malformed request up — the assertions on a refusal, and a
 * fingerprint of the whole database to prove that a refused request changed nothing.
 */
abstract class AttackSupport extends PostgresIntegrationTest implements AttackedProcess.Fixtures {

  static final String JSON = "application/json";
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** What must never reach a caller in a message: the engine's or Java's English internals. */
  static final Pattern INTERNALS =
      Pattern.compile("Exception|ENGINE-\\d|\\bat (org|java|cn)\\.|SQLState|duplicate key|org\\.camunda|java\\.lang");
  /** What must never be anywhere in an answer: stack traces, SQL, engine codes. */
  static final Pattern STACK_TRACES = Pattern.compile("ENGINE-\\d|\\bat (org|java|cn)\\.|SQLState|duplicate key|Caused by");

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  @Autowired protected ProcessEngine engine;
  @Autowired protected DataSource dataSource;

  /** A fixture may move the engine's clock (a campaign of a year of its own); no later test inherits it. */
  @org.junit.jupiter.api.AfterEach
  void resetTheEnginesClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  // ---- requests -----------------------------------------------------------------------------------

  /** An HTTP answer: status, headers, body. */
  record Answer(String request, int status, java.net.http.HttpHeaders headers, String body) {

    Map<String, Object> json() {
      try {
        return MAPPER.readValue(body, new TypeReference<Map<String, Object>>() {});
      } catch (IOException e) {
        throw new AssertionError(request + " answered " + status + " with a body that is not a JSON object: " + body, e);
      }
    }

    List<Map<String, Object>> list() {
      try {
        return MAPPER.readValue(body, new TypeReference<List<Map<String, Object>>>() {});
      } catch (IOException e) {
        throw new AssertionError(request + " answered " + status + " with a body that is not a JSON list: " + body, e);
      }
    }

    long count() {
      return ((Number) json().get("count")).longValue();
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return request + " → " + status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }
  }

  /** A request as it will be sent. */
  final class Call {
    private final String method;
    private final String path;
    private String user;
    private String contentType;
    private byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call as(String userId) {
      this.user = userId;
      return this;
    }

    Call json(Object value) {
      try {
        return body(JSON, value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : MAPPER.writeValueAsBytes(value));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    Call body(String type, byte[] content) {
      this.contentType = type;
      this.body = content;
      return this;
    }

    Call body(String type, String content) {
      return body(type, content.getBytes(StandardCharsets.UTF_8));
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Answer send() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url(path)))
              .timeout(Duration.ofSeconds(60))
              .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      if (user != null) {
        request.header("Authorization", basicHeader(user));
      }
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      headers.forEach(request::header);
      String description = method + " " + path + (user == null ? " (anonymous)" : " as " + user);
      try {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(description, response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new IllegalStateException(description + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(description + " interrupted", e);
      }
    }
  }

  Call get(String path) {
    return new Call("GET", path);
  }

  Call post(String path) {
    return new Call("POST", path);
  }

  Call put(String path) {
    return new Call("PUT", path);
  }

  Call delete(String path) {
    return new Call("DELETE", path);
  }

  Call call(String method, String path) {
    return new Call(method, path);
  }

  String url(String path) {
    return path.startsWith("http") ? path : "http://localhost:" + port + path;
  }

  static String basicHeader(String user) {
    String password = user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Camunda REST variables from plain values: {"name": {"value": …}}, numbers as Long, the rest untyped. */
  static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, variable(value)));
    return variables;
  }

  static Map<String, Object> variable(Object value) {
    if (value instanceof TypedVariable typed) {
      return typed.json();
    }
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    if (value instanceof Integer || value instanceof Long) {
      variable.put("type", "Long");
    }
    return variable;
  }

  /** A variable sent with an explicit Camunda type (and value info). */
  record TypedVariable(Object value, String type, Map<String, Object> valueInfo) {
    static TypedVariable of(Object value, String type) {
      return new TypedVariable(value, type, null);
    }

    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("value", value);
      json.put("type", type);
      if (valueInfo != null) {
        json.put("valueInfo", valueInfo);
      }
      return json;
    }
  }

  static Map<String, Object> withVariables(Map<String, Object> values) {
    return Map.of("variables", variables(values));
  }

  static Map<String, Object> merged(Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> merged = new LinkedHashMap<>(first);
    merged.putAll(second);
    return merged;
  }

  private static final java.util.concurrent.ExecutorService USERS = java.util.concurrent.Executors.newFixedThreadPool(6, runnable -> {
    Thread thread = new Thread(runnable, "attack-user");
    thread.setDaemon(true);
    return thread;
  });

  /** Runs {@code work} for each user at the same time (each user's own requests in order); results by user. */
  static <T> Map<String, T> forEachUser(java.util.Collection<String> users, java.util.function.Function<String, T> work) {
    Map<String, java.util.concurrent.Future<T>> futures = new LinkedHashMap<>();
    users.forEach(user -> futures.put(user, USERS.submit(() -> work.apply(user))));
    Map<String, T> results = new LinkedHashMap<>();
    for (Map.Entry<String, java.util.concurrent.Future<T>> future : futures.entrySet()) {
      try {
        results.put(future.getKey(), future.getValue().get(5, java.util.concurrent.TimeUnit.MINUTES));
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return results;
  }

  /** Runs independent attacks side by side; the first failure is rethrown. */
  static void inParallel(List<Runnable> attacks) {
    List<java.util.concurrent.Future<?>> futures = attacks.stream().<java.util.concurrent.Future<?>>map(USERS::submit).toList();
    for (java.util.concurrent.Future<?> future : futures) {
      try {
        future.get(5, java.util.concurrent.TimeUnit.MINUTES);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ---- assertions ---------------------------------------------------------------------------------

  /** Asserts that a request was refused with {@code status} and a Chinese message, and returns it for more. */
  static Refusal refused(Answer answer, int status) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    return new Refusal(answer).chinese();
  }

  /** Asserts one of several refusal statuses (e.g. 403 or 404 for a case of another unit). */
  static Refusal refusedWithOneOf(Answer answer, Integer... statuses) {
    assertThat(answer.status()).as("%s", answer).isIn((Object[]) statuses);
    return new Refusal(answer).chinese();
  }

  /** The refusal's body: {status, type, message, field?}. */
  static final class Refusal {
    final Answer answer;
    final Map<String, Object> body;

    Refusal(Answer answer) {
      this.answer = answer;
      this.body = answer.json();
    }

    String message() {
      return String.valueOf(body.get("message"));
    }

    Refusal chinese() {
      assertThat(answer.body()).as("%s: no stack trace", answer).doesNotContainPattern(STACK_TRACES);
      assertThat(message()).as("%s: a Chinese message", answer).containsPattern(HAN).doesNotContainPattern(INTERNALS);
      assertThat(answer.header("Content-Type")).as("%s", answer).startsWith("application/json");
      return this;
    }

    Refusal naming(String field) {
      assertThat(body.get("field")).as("%s: names the field", answer).isEqualTo(field);
      return this;
    }

    Refusal saying(String part) {
      assertThat(message()).as("%s", answer).contains(part);
      return this;
    }

    Refusal sayingOneOf(String... parts) {
      assertThat(message()).as("%s", answer).containsAnyOf(parts);
      return this;
    }
  }

  // ---- fixtures -----------------------------------------------------------------------------------

  private static final java.util.concurrent.atomic.AtomicInteger CREDIT_CODES =
      new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(800_000));

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public String newCreditCode() {
    String first17 = "91620102MB" + String.format("%07d", CREDIT_CODES.incrementAndGet());
    return first17 + cn.gonghui.bpm.platform.validation.CreditCode.checkCharacter(first17);
  }

  @Autowired private org.springframework.context.ApplicationContext application;

  @Override
  public <T> T bean(Class<T> type) {
    return application.getBean(type);
  }

  @Override
  public long newEnterprise(String clerk) {
    Answer created = post("/api/enterprises").as(clerk).json(FoundingUnderAttack.startForm(newCreditCode(), 20)).send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return ((Number) created.json().get("id")).longValue();
  }

  /**
   * A new case of {@code process} (started by the system), moved to {@code task} with what it needs there — or, for
   * a task that says how, driven there by the system through the steps before it.
   */
  String caseAt(AttackedProcess process, AttackedProcess.TaskTarget task) {
    if (task.drive() != null) {
      String instance = task.drive().apply(this, process.unit());
      assertThat(engine.getRuntimeService().getActiveActivityIds(instance)).as("the case driven to %s", task.taskKey()).contains(task.taskKey());
      moveTo(instance, task.taskKey(), task.reach());
      return instance;
    }
    String instance = process.startCase().apply(this, process.unit());
    moveTo(instance, task.taskKey(), task.reach());
    return instance;
  }

  /** Moves a case to the user task {@code taskKey} as an administrator would in Cockpit (no listeners). */
  void moveTo(String instance, String taskKey, Map<String, Object> reach) {
    var runtime = engine.getRuntimeService();
    List<String> current = runtime.getActiveActivityIds(instance);
    if (!reach.isEmpty()) {
      runtime.setVariables(instance, reach);
    }
    if (current.contains(taskKey)) {
      return;
    }
    org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification =
        runtime.createProcessInstanceModification(instance).startBeforeActivity(taskKey);
    for (String activity : current) {
      modification = modification.cancelAllForActivity(activity);
    }
    modification.execute(true, true);
  }

  /** The id of the open task {@code taskKey} of a case. */
  String taskId(String instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId();
  }

  /** The fields of the start form of {@code processKey}'s latest version, as the platform reads them. */
  cn.gonghui.bpm.platform.guard.FormSchema startSchema(String processKey) {
    String definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId();
    try (var in = engine.getFormService().getDeployedStartForm(definition)) {
      return cn.gonghui.bpm.platform.guard.FormSchema.read(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields of a task's form. */
  cn.gonghui.bpm.platform.guard.FormSchema taskSchema(String taskId) {
    try (var in = engine.getFormService().getDeployedTaskForm(taskId)) {
      return cn.gonghui.bpm.platform.guard.FormSchema.read(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first field of {@code kind} among {@code names} in a form. */
  static String fieldOf(cn.gonghui.bpm.platform.guard.FormSchema schema, java.util.Collection<String> names,
      cn.gonghui.bpm.platform.guard.FormSchema.Kind... kinds) {
    List<cn.gonghui.bpm.platform.guard.FormSchema.Kind> wanted = List.of(kinds);
    return schema.fields().values().stream()
        .filter(f -> names.contains(f.key()) && wanted.contains(f.kind()))
        .map(cn.gonghui.bpm.platform.guard.FormSchema.Field::key)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field of kind " + wanted + " in form " + schema.formId()));
  }

  // ---- "nothing changed" --------------------------------------------------------------------------

  /** Tables that change without any request: the engine's metrics, flushed on a timer. */
  private static final List<String> VOLATILE = List.of("act_ru_meter_log", "act_ru_task_meter_log");

  private String fingerprintSql;

  /**
   * Every table of the database, as its row count and the newest transaction that wrote one of its rows
   * (PostgreSQL's {@code xmin}): equal before and after a batch of refused requests means they wrote nothing
   * anywhere — no instance, no variable, no history, no ledger row, no record. A refused request's transaction
   * is rolled back, so its rows are never visible; any committed insert or update shows a newer {@code xmin},
   * any delete a smaller count.
   */
  Map<String, String> database() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    if (fingerprintSql == null) {
      List<String> tables =
          jdbc.queryForList(
              "select table_name from information_schema.tables where table_schema = current_schema() "
                  + "and table_type = 'BASE TABLE' order by table_name",
              String.class);
      List<String> parts = new ArrayList<>();
      for (String table : tables) {
        if (VOLATILE.contains(table.toLowerCase())) {
          continue;
        }
        parts.add(
            "select '" + table + "' as t, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as h from " + table);
      }
      fingerprintSql = String.join(" union all ", parts);
    }
    Map<String, String> state = new LinkedHashMap<>();
    jdbc.query(fingerprintSql, rs -> {
      state.put(rs.getString("t"), rs.getString("h"));
    });
    return state;
  }

  /** Asserts that the database is exactly as {@code before}, naming the tables that changed. */
  void assertUnchanged(Map<String, String> before, String what) {
    Map<String, String> after = database();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> table : after.entrySet()) {
      if (!table.getValue().equals(before.get(table.getKey()))) {
        changed.add(table.getKey() + " (" + before.get(table.getKey()) + " → " + table.getValue() + ")");
      }
    }
    assertThat(changed).as("tables written by refused requests: %s", what).isEmpty();
  }

  /** Runs the refused requests of {@code batch} and asserts that the database did not change. */
  void nothingChanges(String what, Runnable batch) {
    Map<String, String> before = database();
    batch.run();
    assertUnchanged(before, what);
  }
}
