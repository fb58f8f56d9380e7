package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.platform.guard.FormSchema;
import cn.gonghui.bpm.platform.guard.FormSchema.Kind;
import cn.gonghui.bpm.security.AttackedProcess.ApiTarget;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 7, point 4, for every process of {@link AttackedProcesses#ALL}: bad input is a 400 in Chinese naming
 * the field — never a 500, never stored — on every way in (task completion and form submission, start and
 * start form, the process's /api): a missing or wrong Content-Type (415), a body too large (413), NUL, control
 * characters, lone surrogates, text of invisible characters only, lists, objects or booleans where text is
 * expected, broken or trailing JSON, oversized and long-named variables, broken typed variables, bad start
 * instructions, fractions where an id is expected, absurd durations, ids that are not numbers and tasks that
 * do not exist (404).
 */
class BadInputAttackTest extends AttackSupport {

  /** Text no clerk means to store, each with what the answer must say. */
  static final Map<String, String> BAD_TEXT = new LinkedHashMap<>();

  static {
    BAD_TEXT.put("东街\u0000企业", "");
    BAD_TEXT.put("\u0001企业", "控制字符");
    BAD_TEXT.put("企业\u001B[31m", "控制字符");
    BAD_TEXT.put("企业\u007F", "控制字符");
    BAD_TEXT.put("企业\u0085", "控制字符");
    BAD_TEXT.put("\u202E业企", "文字方向");
    BAD_TEXT.put("\u200B\u200B", "不可见字符");
    BAD_TEXT.put("\uFEFF", "不可见字符");
    BAD_TEXT.put("\u3000\u3000", "不可见字符");
    BAD_TEXT.put("\u00A0", "不可见字符");
    BAD_TEXT.put("\u200B\u3000\uFEFF\u00A0", "不可见字符");
  }

  /** JSON values that are not text, where text is expected (raw JSON). */
  static final List<String> NOT_TEXT = List.of("[\"甲\",\"乙\"]", "{\"甲\":\"乙\"}", "true", "12", "\"\\ud800企业\"", "\"企业\\udc00\"");

  /** A case of the process in its race task, as the tests of one process see it. */
  final class Target {
    final AttackedProcess process;
    final TaskTarget task;
    final String taskId;
    final String start;
    final String submit;
    final FormSchema startForm;
    final FormSchema taskForm;
    /** A subject of the starter's unit that no case is about yet (only for a process whose /api names one by id). */
    final long ownEnterprise;

    Target(AttackedProcess process) {
      this.process = process;
      this.task = process.task(process.raceTask());
      this.taskId = taskId(caseAt(process, task), task.taskKey());
      this.start = "/engine-rest/process-definition/key/" + process.key() + "/start";
      this.submit = "/engine-rest/process-definition/key/" + process.key() + "/submit-form";
      this.startForm = process.systemStartOnly() ? null : startSchema(process.key());
      this.taskForm = taskSchema(taskId);
      // only a process whose /api names a subject by its id needs one
      this.ownEnterprise = process.apis().stream().anyMatch(api -> api.idField() != null) ? newEnterprise(process.starter()) : -1;
    }

    String complete() {
      return "/engine-rest/task/" + taskId + "/complete";
    }

    String submitTask() {
      return "/engine-rest/task/" + taskId + "/submit-form";
    }

    Map<String, Object> validStart() {
      return process.validStart().apply(BadInputAttackTest.this);
    }

    /** A text field of the start form (null: none, or only the system starts the process). */
    String startText() {
      return startField(Kind.TEXT);
    }

    /** A number field of the start form, or null when the start form has none. */
    String startNumber() {
      return startField(Kind.NUMBER);
    }

    /** A checkbox of the start form, or null when the start form has none. */
    String startFlag() {
      return startField(Kind.BOOLEAN);
    }

    private String startField(Kind kind) {
      if (startForm == null || startForm.fields().values().stream().noneMatch(f -> validStart().containsKey(f.key()) && f.kind() == kind)) {
        return null;
      }
      return fieldOf(startForm, validStart().keySet(), kind);
    }

    String taskText() {
      return fieldOf(taskForm, task.validFields().keySet(), Kind.TEXT, Kind.MULTILINE_TEXT);
    }

    /** (path, user, valid body) of every JSON way in that writes. */
    List<Object[]> writes() {
      List<Object[]> writes = new ArrayList<>();
      writes.add(new Object[] {complete(), task.worker(), withVariables(task.validFields())});
      writes.add(new Object[] {submitTask(), task.worker(), withVariables(task.validFields())});
      writes.add(new Object[] {start, process.starter(), withVariables(validStart())});
      writes.add(new Object[] {submit, process.starter(), withVariables(validStart())});
      for (ApiTarget api : process.apis()) {
        writes.add(new Object[] {api.path(), api.caller(process), api.validBody().apply(BadInputAttackTest.this)});
      }
      return writes;
    }
  }

  @TestFactory
  Stream<DynamicTest> aBodyWithoutJsonContentTypeIs415AndOneTooLargeIs413() {
    return perProcess(target -> {
      int count = 0;
      for (Object[] write : target.writes()) {
        byte[] body = MAPPER.writeValueAsBytes(write[2]);
        for (String type : new String[] {null, "text/plain", "application/xml"}) {
          Answer answer = post((String) write[0]).as((String) write[1]).body(type, body).send();
          refused(answer, 415).saying("application/json");
          count++;
        }
        refused(post((String) write[0]).as((String) write[1]).body("application/x-www-form-urlencoded", "variables=x").send(), 415);
        byte[] huge = ("{\"variables\":{\"x\":{\"value\":\"" + "甲".repeat(1_100_000) + "\"}}}").getBytes(StandardCharsets.UTF_8);
        refused(post((String) write[0]).as((String) write[1]).body(JSON, huge).send(), 413).saying("过大");
        count += 2;
      }
      assertThat(count).isGreaterThanOrEqualTo(18);
    });
  }

  @TestFactory
  Stream<DynamicTest> nulControlCharactersInvisibleTextAndLoneSurrogatesAre400NamingTheField() {
    return perProcess(target -> {
      String startText = target.startText();
      String taskText = target.taskText();
      for (Map.Entry<String, String> bad : BAD_TEXT.entrySet()) {
        for (String path : startText == null ? List.<String>of() : List.of(target.start, target.submit)) {
          Answer answer =
              post(path).as(target.process.starter()).json(withVariables(merged(target.validStart(), Map.of(startText, bad.getKey())))).send();
          refused(answer, 400).naming(startText).saying(bad.getValue());
        }
        for (String path : List.of(target.complete(), target.submitTask())) {
          Answer answer =
              post(path).as(target.task.worker()).json(withVariables(merged(target.task.validFields(), Map.of(taskText, bad.getKey())))).send();
          refused(answer, 400).naming(taskText).saying(bad.getValue());
        }
        for (ApiTarget api : target.process.apis()) {
          if (api.textField() == null) {
            continue;
          }
          Map<String, Object> body = merged(api.validBody().apply(this), Map.of(api.textField(), bad.getKey()));
          refused(post(api.path()).as(api.caller(target.process)).json(body).send(), 400).naming(api.textField()).saying(bad.getValue());
        }
      }
      // NUL in a variable's name and in the business key
      Map<String, Object> start = new LinkedHashMap<>(withVariables(target.validStart()));
      start.put("businessKey", "业务\u0000标识");
      refused(post(target.start).as(target.process.starter()).json(start).send(), 400).naming("businessKey");
      String nulName = "{\"variables\":{\"name\\u0000\":{\"value\":\"x\"}}}";
      refused(post(target.complete()).as(target.task.worker()).json(nulName).send(), 400).saying("name");
    });
  }

  @TestFactory
  Stream<DynamicTest> listsObjectsBooleansAndNumbersWhereTextIsExpectedAre400NamingTheField() {
    return perProcess(target -> {
      String startText = target.startText();
      String taskText = target.taskText();
      for (String value : NOT_TEXT) {
        if (startText != null) {
          String startBody = "{\"variables\":{\"" + startText + "\":{\"value\":" + value + "}}}";
          refused(post(target.start).as(target.process.starter()).json(startBody).send(), 400).naming(startText);
        }
        String taskBody = "{\"variables\":{\"" + taskText + "\":{\"value\":" + value + "}}}";
        refused(post(target.complete()).as(target.task.worker()).json(taskBody).send(), 400).naming(taskText);
        for (ApiTarget api : target.process.apis()) {
          if (api.textField() == null) {
            continue;
          }
          Map<String, Object> valid = api.validBody().apply(this);
          String json = MAPPER.writeValueAsString(valid);
          String body = json.replace(MAPPER.writeValueAsString(valid.get(api.textField())), value);
          refused(post(api.path()).as(api.caller(target.process)).json(body).send(), 400).naming(api.textField());
        }
      }
    });
  }

  static final List<String> BROKEN_JSON =
      List.of(
          "{\"variables\": {",
          "{\"variables\": {}},",
          "{'variables': {}}",
          "{\"variables\": {}} und noch etwas",
          "{\"variables\": {}}}",
          "[",
          "nul",
          "{\"variables\": {}, \"variables\": {}}",
          "\"variables\"",
          "[]",
          "{\"variables\": []}",
          "{\"variables\": {\"x\": \"不是对象\"}}",
          "{\"variables\": {\"x\": {\"value\": 1e999999}}}");

  @TestFactory
  Stream<DynamicTest> brokenJsonOversizedAndLongNamedVariablesAre400() {
    return perProcess(target -> {
      for (Object[] write : target.writes()) {
        // a process only the system starts may refuse a user's start (403) before it reads the variables
        boolean systemStart = target.process.systemStartOnly() && (write[0].equals(target.start) || write[0].equals(target.submit));
        for (String broken : BROKEN_JSON) {
          Answer answer = post((String) write[0]).as((String) write[1]).json(broken).send();
          if (systemStart) {
            refusedWithOneOf(answer, 400, 403);
          } else {
            refused(answer, 400);
          }
        }
        byte[] invalidUtf8 = {'{', '"', 'v', 'a', 'r', 'i', 'a', 'b', 'l', 'e', 's', '"', ':', '{', '"', 'x', '"', ':', '{', '"', 'v', 'a', 'l', 'u', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '}', '}'};
        Answer utf8 = post((String) write[0]).as((String) write[1]).body(JSON, invalidUtf8).send();
        if (systemStart) {
          refusedWithOneOf(utf8, 400, 403);
        } else {
          refused(utf8, 400);
        }
      }
      String startText = target.startText();
      String taskText = target.taskText();
      if (startText != null) {
        refused(post(target.start).as(target.process.starter())
            .json(withVariables(merged(target.validStart(), Map.of(startText, "长".repeat(100_001))))).send(), 400)
            .naming(startText).saying("不能超过");
      }
      refused(post(target.complete()).as(target.task.worker())
          .json(withVariables(merged(target.task.validFields(), Map.of(taskText, "长".repeat(100_001))))).send(), 400)
          .naming(taskText).saying("不能超过");
      for (String path : target.process.systemStartOnly() ? List.of(target.complete()) : List.of(target.complete(), target.start)) {
        String user = path.equals(target.start) ? target.process.starter() : target.task.worker();
        refused(post(path).as(user).json(withVariables(Map.of("extra", "大".repeat(600_000)))).send(), 400).naming("extra");
        for (int length : new int[] {300, 60_000}) {
          String name = "n".repeat(length);
          Refusal refusal = refused(post(path).as(user).json(withVariables(Map.of(name, "x"))).send(), 400);
          if (length > 50_000) {
            // longer than any JSON parser here reads a name: refused before it is read, so it cannot be named
            refusal.saying("过长");
          } else {
            assertThat(String.valueOf(refusal.body.get("field"))).as("%s", refusal.answer).hasSizeLessThanOrEqualTo(64).startsWith("nnn");
          }
          assertThat(refusal.answer.body().length()).as("the answer does not echo the whole name").isLessThan(2000);
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> brokenTypedVariablesAndBadStartInstructionsAre400() {
    return perProcess(target -> {
      String number = target.startNumber();
      String flag = target.startFlag();
      List<Map<String, Object>> badNumbers =
          List.of(
              typed("abc", "Long", null),
              typed(12.5, "Long", null),
              typed(new java.math.BigInteger("99999999999999999999"), "Long", null),
              typed("x", "Integer", null),
              typed(99_999_999_999L, "Integer", null),
              typed("NaN", "Double", null),
              typed("2025-13-45T00:00:00", "Date", null),
              typed("{broken", "Json", null),
              typed("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "Object",
                  Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/x-java-serialized-object")),
              typed("AAAA", "Bytes", null),
              typed("eA==", "File", Map.of("filename", "a.txt")),
              typed("x", "Nonsense", null),
              typed(12.5, null, null));
      for (Map<String, Object> bad : number == null ? List.<Map<String, Object>>of() : badNumbers) {
        Map<String, Object> body = withVariables(target.validStart());
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) body.get("variables"));
        variables.put(number, bad);
        refused(post(target.start).as(target.process.starter()).json(Map.of("variables", variables)).send(), 400).naming(number);
        refused(post(target.submit).as(target.process.starter()).json(Map.of("variables", variables)).send(), 400).naming(number);
        // the same through an administrator: bad input for everybody, not a 500
        Map<String, Object> forAdmin = new LinkedHashMap<>(variables);
        forAdmin.putAll(variables(target.process.adminStart()));
        refused(post(target.start).as("admin").json(Map.of("variables", forAdmin)).send(), 400).naming(number);
      }
      for (Map<String, Object> bad : flag == null ? List.<Map<String, Object>>of()
          : List.of(typed("maybe", "Boolean", null), typed("maybe", null, null), typed(2, "Long", null))) {
        Map<String, Object> variables = new LinkedHashMap<>(variables(target.validStart()));
        variables.put(flag, bad);
        refused(post(target.start).as(target.process.starter()).json(Map.of("variables", variables)).send(), 400).naming(flag);
      }
      // bad start instructions, sent by an administrator (who may use them): 400, not 500
      String activity = target.task.taskKey();
      List<Object> badInstructions =
          List.of(
              "x",
              List.of(Map.of("type", "nonsense", "activityId", activity)),
              List.of(Map.of("type", "startBeforeActivity")),
              List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DoesNotExist")),
              List.of(Map.of("type", "startTransition", "transitionId", "Flow_DoesNotExist")),
              List.of(Map.of("type", "startBeforeActivity", "activityId", activity, "variables", Map.of("x", typed("x", "Nonsense", null)))));
      for (Object instructions : badInstructions) {
        Map<String, Object> body = new LinkedHashMap<>(withVariables(target.validStart()));
        body.put("startInstructions", instructions);
        refused(post(target.start).as("admin").json(body).send(), 400);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> idsThatAreNoNumbersFractionsAbsurdDurationsAndMissingTasks() {
    return perProcess(target -> {
      // a task that does not exist (any more): 404 in Chinese on every way in
      String missing = UUID.randomUUID().toString();
      for (String action : List.of("complete", "submit-form", "claim")) {
        Object body = action.equals("claim") ? Map.of("userId", target.task.worker()) : withVariables(target.task.validFields());
        refused(post("/engine-rest/task/" + missing + "/" + action).as(target.task.worker()).json(body).send(), 404).saying("任务");
      }
      WebSession tasklist = WebSession.login(this, target.task.worker(), "tasklist");
      refused(tasklist.post("/camunda/api/engine/engine/default/task/" + missing + "/submit-form", withVariables(target.task.validFields())), 404);
      for (String id : List.of("abc", "12.5", "-1", "x".repeat(3000), "%27%20OR%201%3D1")) {
        refusedWithOneOf(post("/engine-rest/task/" + id + "/complete").as(target.task.worker()).json(withVariables(target.task.validFields())).send(), 400, 404);
        refusedWithOneOf(get("/engine-rest/process-instance/" + id).as(target.task.worker()).send(), 400, 404);
      }
      // the process's /api: ids that are no whole numbers, fractions where an id is expected
      long own = target.ownEnterprise;
      for (ApiTarget api : target.process.apis()) {
        if (api.numberField() != null) {
          Map<String, Object> fraction = merged(api.validBody().apply(this), Map.of(api.numberField(), 12.5));
          refused(post(api.path()).as(api.caller(target.process)).json(fraction).send(), 400).naming(api.numberField()).saying("整数");
        }
        if (api.idField() != null) {
          for (Object id : List.of(own + 0.5, "abc", List.of(own), Map.of("id", own), true)) {
            refused(post(api.path()).as(target.process.starter()).json(Map.of(api.idField(), id)).send(), 400).naming(api.idField());
          }
          Map<String, Object> typedFraction = Map.of(api.idField(), typed(own + 0.5, "Double", null));
          refused(post(target.start).as(target.process.starter()).json(Map.of("variables", typedFraction)).send(), 400).naming(api.idField());
        }
      }
      for (String query : List.of("page=abc", "page=-1", "size=12.5", "size=100000000000", "page=1e3")) {
        refused(get("/api/enterprises?community=SFX-CG-DJ&" + query).as(target.process.starter()).send(), 400);
      }
      // a roster belongs to a case (its process instance id): an id that is no case is not found
      for (String id : List.of("abc", "12.5", "99999999999999999999")) {
        Answer upload =
            post("/api/union-foundings/" + id + "/roster").as(target.process.starter())
                .body("multipart/form-data; boundary=XyZ",
                    "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n姓名\r\n--XyZ--\r\n")
                .send();
        refused(upload, 404);
      }
      // absurd durations: refused to a clerk (system variables) and, as absurd, to an administrator too
      for (String duration : target.process.durations()) {
        for (String value : List.of("P99999999999999999999D", "P9999Y", "garbage", "PT-5S")) {
          Map<String, Object> start = merged(target.validStart(), Map.of(duration, value));
          refused(post(target.start).as(target.process.starter()).json(withVariables(start)).send(), 400).naming(duration);
          refused(post(target.start).as("admin").json(withVariables(merged(start, target.process.adminStart()))).send(), 400)
              .naming(duration);
        }
      }
    });
  }

  // ---- helpers ------------------------------------------------------------------------------------

  interface Attack {
    void run(Target target) throws Exception;
  }

  /** One dynamic test per process; everything it sends must leave the database as it was. */
  Stream<DynamicTest> perProcess(Attack attack) {
    return AttackedProcesses.ALL.stream()
        .map(process -> DynamicTest.dynamicTest(process.key(), () -> {
          Target target = new Target(process);
          nothingChanges(process.key(), () -> {
            try {
              attack.run(target);
            } catch (RuntimeException | Error e) {
              throw e;
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
        }));
  }

  static Map<String, Object> typed(Object value, String type, Map<String, Object> valueInfo) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    if (type != null) {
      variable.put("type", type);
    }
    if (valueInfo != null) {
      variable.put("valueInfo", valueInfo);
    }
    return variable;
  }
}
