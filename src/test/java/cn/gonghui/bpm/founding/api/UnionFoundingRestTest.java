package cn.gonghui.bpm.founding.api;

import static cn.gonghui.bpm.founding.FoundingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.testkit.Rosters;
import cn.gonghui.bpm.testkit.TestIdentities;
import cn.gonghui.bpm.platform.approval.Decision;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A whole founding through Camunda's REST API and /api on PostgreSQL, done by the demo clerks of the
 * right units: 东街社区 registers an enterprise with 60 employees, so the county federation approves.
 * A clerk of 西街社区 sees none of it, and bad input answers 400 with the field in Chinese and changes nothing.
 */
class UnionFoundingRestTest extends PostgresIntegrationTest {

  static final String DONGJIE = "dongjie-clerk";
  static final String XIJIE = "xijie-clerk";
  static final String TOWN_CLERK = "chengguan-clerk";
  static final String COUNTY_CLERK = "county-clerk";

  @Test
  void aWholeFoundingByTheClerksOfTheRightUnits() throws Exception {
    String creditCode = TestIdentities.newCreditCode();

    // Bad start: wrong check digit → 400 naming the field; no case, no ledger row.
    long casesBefore = count("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS_KEY);
    String wrong = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');
    ResponseEntity<Map> refused = submitStartForm(DONGJIE, wrong, 60);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", FIELD_CREDIT_CODE).containsEntry("message", "「统一社会信用代码」校验位不正确");
    assertThat(count("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS_KEY)).isEqualTo(casesBefore);
    assertThat(ledgerEntry(wrong)).isNull();

    // Start from the (Tasklist) start form as the 东街 clerk.
    ResponseEntity<Map> started = submitStartForm(DONGJIE, creditCode, 60);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    Map<String, Object> enterprise = ledgerEntry(creditCode);
    assertThat(enterprise).containsEntry("statusLabel", "组建中").containsEntry("communityCode", "SFX-CG-DJ");
    long enterpriseId = ((Number) enterprise.get("id")).longValue();

    // A second case for the same enterprise is a conflict (409), as README promises.
    ResponseEntity<Map> second = submitStartForm(DONGJIE, creditCode, 60);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("message")).contains("已有正在办理的建会事项");

    // Step 1 and 2: the community prepares, the county federation (60 employees) reviews.
    assertThat(tasks(XIJIE, instance)).isEmpty();
    complete(DONGJIE, instance, TASK_AGREE_PREPARATORY_GROUP,
        Map.of(FIELD_CONSULTATION_DATE, "2025-05-20", FIELD_PREPARATORY_MEMBERS, "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
    complete(DONGJIE, instance, TASK_SUBMIT_FOUNDING_REPORT,
        Map.of(FIELD_REPORT_DATE, "2025-05-21", FIELD_REPORT_SUMMARY, "拟成立工会委员会"));
    assertThat(tasks(TOWN_CLERK, instance)).isEmpty();
    assertThat(tasks(DONGJIE, instance)).isEmpty();
    assertThat(tasks(XIJIE, instance)).isEmpty();
    complete(COUNTY_CLERK, instance, TASK_REVIEW_FOUNDING_REPORT, Map.of(VAR_REPORT_DECISION, Decision.APPROVE.name()));
    complete(DONGJIE, instance, TASK_RECORD_PUBLICITY,
        Map.of(FIELD_PUBLICITY_DATE, "2025-05-22", FIELD_PUBLICITY_MEANS, "职工大会、宣传栏", FIELD_EMPLOYEES_REACHED, 58));

    // Step 4: a malformed roster and one with more members than employees change nothing.
    ResponseEntity<Map> malformed = upload(DONGJIE, instance, "花名册.xlsx", "不是Excel文件".getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).containsEntry("field", "file");
    assertThat((String) malformed.getBody().get("message")).startsWith("「会员花名册」无法读取");
    ResponseEntity<Map> tooMany = upload(DONGJIE, instance, "花名册.xlsx", Rosters.xlsx(61, 12));
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooMany.getBody().get("message")).isEqualTo("「会员花名册」会员人数（61人）不能多于企业职工人数（60人），未导入任何会员");
    assertThat(upload(XIJIE, instance, "花名册.xlsx", Rosters.xlsx(30, 12)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ledgerEntry(creditCode)).containsEntry("memberCount", 0);

    ResponseEntity<Map> uploaded = upload(DONGJIE, instance, "花名册.xlsx", Rosters.xlsx(30, 12));
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(uploaded.getBody()).containsEntry("memberCount", 30);
    complete(DONGJIE, instance, TASK_REGISTER_MEMBERS, Map.of(FIELD_MEMBER_ROWS, ""));

    // Step 5: an owner's relative as chair is refused by union-cadre-eligibility, on the server.
    ResponseEntity<Map> ineligible =
        submitTask(DONGJIE, taskId(DONGJIE, instance, TASK_NOMINATE_CANDIDATES),
            Map.of(FIELD_NOMINATION_METHOD, "DEMOCRATIC", FIELD_CANDIDATE_ROWS, "会员1," + TestIdentities.idNumber(0, true) + ",主席,是"));
    assertThat(ineligible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ineligible.getBody()).containsEntry("field", FIELD_CANDIDATE_ROWS);
    assertThat((String) ineligible.getBody().get("message")).contains("民营企业主及其近亲属不能担任工会主席");
    complete(DONGJIE, instance, TASK_NOMINATE_CANDIDATES,
        Map.of(FIELD_NOMINATION_METHOD, "DEMOCRATIC", FIELD_CANDIDATE_ROWS,
            "会员1," + TestIdentities.idNumber(0, true) + ",主席,否\n会员13," + TestIdentities.idNumber(12, false) + ",委员,是\n"
                + "会员14," + TestIdentities.idNumber(13, false) + ",经审会主任,否\n会员2," + TestIdentities.idNumber(1, true) + ",女职委主任,否"));
    assertThat(tasks(DONGJIE, instance)).isEmpty(); // no party organisation: only the county approves
    complete(COUNTY_CLERK, instance, TASK_APPROVE_CANDIDATES, Map.of(VAR_SUPERIOR_CANDIDATE_DECISION, Decision.APPROVE.name()));

    // Step 6-8.
    complete(DONGJIE, instance, TASK_RECORD_ELECTION,
        Map.of(FIELD_ASSEMBLY_TYPE, "MEMBERS_ASSEMBLY", FIELD_ELECTION_DATE, "2025-06-10", FIELD_VOTERS_PRESENT, 28,
            FIELD_ELECTED_ROWS, "会员1,主席\n会员13,委员\n会员14,经审会主任\n会员2,女职委主任"));
    complete(COUNTY_CLERK, instance, TASK_REVIEW_ELECTION_RESULT,
        Map.of(VAR_ELECTION_DECISION, Decision.APPROVE.name(), VAR_APPROVAL_NUMBER, "示总工复〔2025〕9号"));
    executeJobs(instance); // 登记新工会 (async save point)
    Map<String, Object> founded = ledgerEntry(creditCode);
    assertThat(founded).containsEntry("statusLabel", "已建会").containsEntry("unionCode", "SFX-CG-DJ-E" + enterpriseId);
    assertThat(rest.exchange(url("/engine-rest/group/SFX-CG-DJ-E" + enterpriseId), HttpMethod.GET,
        new HttpEntity<>(as("admin")), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // 八有: the timer is due (run it now), one item missing, rectified, then met.
    executeJobs(instance);
    Map<String, Object> eightHaves = new LinkedHashMap<>();
    for (String item : EIGHT_HAVES_INPUTS) {
      eightHaves.put(item, !item.equals("hasSeal"));
    }
    complete(DONGJIE, instance, TASK_CHECK_EIGHT_HAVES, eightHaves);
    complete(DONGJIE, instance, TASK_RECTIFY_EIGHT_HAVES, Map.of(FIELD_RECTIFICATION_NOTE, "已刻制印章"));
    eightHaves.put("hasSeal", true);
    complete(DONGJIE, instance, TASK_CHECK_EIGHT_HAVES, eightHaves);
    assertThat(count("/engine-rest/process-instance/count?processInstanceIds=" + instance)).isZero();
    assertThat(ledgerEntry(creditCode)).containsEntry("statusLabel", "达标").containsEntry("memberCount", 30);

    // 三个清楚: the community's overview counts it; 西街 may not look.
    ResponseEntity<Map> overview =
        rest.exchange(url("/api/union-founding/overview?unit=SFX-CG-DJ"), HttpMethod.GET, new HttpEntity<>(as(DONGJIE)), Map.class);
    assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> row = ((List<Map<String, Object>>) overview.getBody().get("rows")).get(0);
    assertThat(((Number) row.get("standardMet")).intValue()).isGreaterThanOrEqualTo(1);
    assertThat(rest.exchange(url("/api/union-founding/overview?unit=SFX-CG-DJ"), HttpMethod.GET,
        new HttpEntity<>(as(XIJIE)), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> xlsx =
        rest.exchange(url("/api/union-founding/overview.xlsx?unit=SFX"), HttpMethod.GET, new HttpEntity<>(as("county-manager")), byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K');
  }

  @Test
  void aBadFemaleCountAtStartThroughApiChangesNothing() {
    String creditCode = TestIdentities.newCreditCode();
    Map<String, Object> body = new LinkedHashMap<>(startForm(creditCode, 10));
    body.put(VAR_FEMALE_EMPLOYEE_COUNT, 11);
    ResponseEntity<Map> response =
        rest.exchange(url("/api/union-foundings"), HttpMethod.POST, new HttpEntity<>(body, json(DONGJIE)), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody())
        .containsEntry("field", VAR_FEMALE_EMPLOYEE_COUNT)
        .containsEntry("message", "「女职工人数」不能多于职工人数（10人）");
    assertThat(ledgerEntry(creditCode)).isNull();
  }

  @Test
  void tasklistAnswersABadStartFormWith400AndTheChineseMessage() {
    // Log in to Tasklist as a browser does: session cookie + CSRF token.
    ResponseEntity<String> page = rest.getForEntity(url("/camunda/app/tasklist/default/"), String.class);
    CookieJar cookies = new CookieJar().take(page);
    HttpHeaders login = cookies.headers();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
    credentials.add("username", DONGJIE);
    credentials.add("password", DEMO_PASSWORD);
    ResponseEntity<String> loggedIn =
        rest.exchange(url("/camunda/api/admin/auth/user/default/login/tasklist"), HttpMethod.POST, new HttpEntity<>(credentials, login), String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    cookies.take(loggedIn);
    cookies.take(rest.exchange(url("/camunda/api/engine/engine/default/task?maxResults=1"), HttpMethod.GET, new HttpEntity<>(cookies.headers()), String.class));

    String creditCode = TestIdentities.newCreditCode();
    String wrong = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');
    HttpHeaders headers = cookies.headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> response =
        rest.exchange(
            url("/camunda/api/engine/engine/default/process-definition/key/" + PROCESS_KEY + "/submit-form"),
            HttpMethod.POST,
            new HttpEntity<>(Map.of("variables", engineVariables(startForm(wrong, 20))), headers),
            Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("message", "「统一社会信用代码」校验位不正确").containsEntry("field", FIELD_CREDIT_CODE);
    assertThat(ledgerEntry(wrong)).isNull();
  }

  /** The cookies and CSRF token of a browser session with the web apps. */
  static final class CookieJar {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    CookieJar take(ResponseEntity<?> response) {
      List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
      if (set != null) {
        for (String cookie : set) {
          String pair = cookie.split(";", 2)[0];
          int eq = pair.indexOf('=');
          cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
      csrf = token != null ? token : cookies.getOrDefault("XSRF-TOKEN", csrf);
      return this;
    }

    HttpHeaders headers() {
      HttpHeaders headers = new HttpHeaders();
      StringBuilder cookie = new StringBuilder();
      cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(name).append('=').append(value));
      headers.set(HttpHeaders.COOKIE, cookie.toString());
      if (csrf != null) {
        headers.set("X-XSRF-TOKEN", csrf);
      }
      return headers;
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private ResponseEntity<Map> submitStartForm(String user, String creditCode, int employees) {
    return rest.exchange(
        url("/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form"),
        HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", engineVariables(startForm(creditCode, employees))), json(user)),
        Map.class);
  }

  static Map<String, Object> startForm(String creditCode, int employees) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(FIELD_ENTERPRISE_NAME, "集成测试企业" + creditCode.substring(11, 17));
    form.put(FIELD_CREDIT_CODE, creditCode);
    form.put(FIELD_ADDRESS, "城关镇东街99号");
    form.put(FIELD_OWNER_NAME, "郑国强");
    form.put(VAR_EMPLOYEE_COUNT, employees);
    form.put(VAR_FEMALE_EMPLOYEE_COUNT, 12 > employees ? 0 : 12);
    form.put(VAR_HAS_PARTY_ORGANISATION, false);
    return form;
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> form) {
    ResponseEntity<Map> response = submitTask(user, taskId(user, instance, taskKey), form);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> submitTask(String user, String taskId, Map<String, Object> form) {
    return rest.exchange(
        url("/engine-rest/task/" + taskId + "/submit-form"),
        HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", engineVariables(form)), json(user)),
        Map.class);
  }

  private String taskId(String user, String instance, String taskKey) {
    List<Map<String, Object>> tasks = tasks(user, instance);
    assertThat(tasks).as("tasks of %s", user).extracting(t -> t.get("taskDefinitionKey")).contains(taskKey);
    return (String) tasks.stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey"))).findFirst().orElseThrow().get("id");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> tasks(String user, String instance) {
    return rest.exchange(url("/engine-rest/task?processInstanceId=" + instance), HttpMethod.GET, new HttpEntity<>(as(user)), List.class)
        .getBody();
  }

  @SuppressWarnings("unchecked")
  private void executeJobs(String instance) {
    List<Map<String, Object>> jobs =
        rest.exchange(url("/engine-rest/job?processInstanceId=" + instance), HttpMethod.GET, new HttpEntity<>(as("admin")), List.class)
            .getBody();
    assertThat(jobs).isNotEmpty();
    for (Map<String, Object> job : jobs) {
      ResponseEntity<Map> executed =
          rest.exchange(url("/engine-rest/job/" + job.get("id") + "/execute"), HttpMethod.POST, new HttpEntity<>(json("admin")), Map.class);
      assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  private long count(String path) {
    return ((Number) rest.exchange(url(path), HttpMethod.GET, new HttpEntity<>(as("admin")), Map.class).getBody().get("count")).longValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> ledgerEntry(String creditCode) {
    List<Map<String, Object>> ledger =
        rest.exchange(url("/api/enterprises?community=SFX-CG-DJ"), HttpMethod.GET, new HttpEntity<>(as(DONGJIE)), List.class).getBody();
    return ledger.stream().filter(e -> creditCode.equals(e.get("creditCode"))).findFirst().orElse(null);
  }

  private ResponseEntity<Map> upload(String user, String caseId, String fileName, byte[] content) {
    return uploadFile(user, "/api/union-foundings/" + caseId + "/roster", fileName, content);
  }

  private HttpHeaders json(String user) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
