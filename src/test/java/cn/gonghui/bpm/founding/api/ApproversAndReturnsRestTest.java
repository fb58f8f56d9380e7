package cn.gonghui.bpm.founding.api;

import static cn.gonghui.bpm.founding.FoundingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.platform.approval.Decision;
import cn.gonghui.bpm.testkit.TestIdentities;
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
 * What approvers, clerks and managers see of a founding, by REST as the demo users: the approver reads what
 * is approved, a returned task says who returned it, when and why, the case's decisions are listed for its
 * clerk and managers (nobody else), errors name the real field and reason, and a manager's Cockpit counts
 * the open tasks below.
 */
class ApproversAndReturnsRestTest extends PostgresIntegrationTest {

  static final String DONGJIE = "dongjie-clerk";
  static final String XIJIE = "xijie-clerk";
  static final String COUNTY_CLERK = "county-clerk";

  @Test
  @SuppressWarnings("unchecked")
  void theApproverReadsTheReportReturnsItAndTheClerkReadsWhoWhenAndWhy() {
    String instance = start(DONGJIE, TestIdentities.newCreditCode(), 60).getBody().get("id").toString();
    submit(DONGJIE, taskId(DONGJIE, instance, TASK_AGREE_PREPARATORY_GROUP),
        Map.of(FIELD_CONSULTATION_DATE, "2025-05-20", FIELD_PREPARATORY_MEMBERS, "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
    submit(DONGJIE, taskId(DONGJIE, instance, TASK_SUBMIT_FOUNDING_REPORT),
        Map.of(FIELD_REPORT_DATE, "2025-05-21", FIELD_REPORT_SUMMARY, "拟成立工会委员会，设委员5人"));

    // the county clerk approves (60 employees) and sees what: the report and the preparatory group
    String review = taskId(COUNTY_CLERK, instance, TASK_REVIEW_FOUNDING_REPORT);
    Map<String, Object> reviewVariables = variables(COUNTY_CLERK, review);
    assertThat(((Map<String, Object>) reviewVariables.get(VAR_REVIEW_ITEMS)).get("value").toString())
        .contains("拟成立工会委员会，设委员5人", "刘洋（上级工会）", "职工60人");

    // a value that is not one of the form's choices names the form's own field
    ResponseEntity<Map> wrongChoice = submitRaw(COUNTY_CLERK, review, Map.of(VAR_REPORT_DECISION, "退回"));
    assertThat(wrongChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongChoice.getBody()).containsEntry("field", VAR_REPORT_DECISION);

    submit(COUNTY_CLERK, review, Map.of(VAR_REPORT_DECISION, Decision.RETURN.name(), FIELD_REPORT_DECISION_REASON, "请补充职工代表名单"));

    // the reopened task says who returned it, when and why
    String reopened = taskId(DONGJIE, instance, TASK_SUBMIT_FOUNDING_REPORT);
    String notice = ((Map<String, Object>) variables(DONGJIE, reopened).get("returnNotice")).get("value").toString();
    assertThat(notice).startsWith("示范县总工会 示范县总工会办事员（county-clerk）于").endsWith("退回（建会报告）：请补充职工代表名单");

    // the case's decisions: for its clerk and the managers above, not for another community
    for (String reader : List.of(DONGJIE, "chengguan-manager", "county-manager", COUNTY_CLERK)) {
      ResponseEntity<List> decisions = get(reader, "/api/union-foundings/" + instance + "/decisions", List.class);
      assertThat(decisions.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat((List<Map<String, Object>>) decisions.getBody())
          .as(reader)
          .singleElement()
          .satisfies(
              d -> assertThat(d)
                  .containsEntry("subject", "建会报告")
                  .containsEntry("decision", "RETURN")
                  .containsEntry("decisionLabel", "退回修改")
                  .containsEntry("reason", "请补充职工代表名单")
                  .containsEntry("unitCode", "SFX")
                  .containsEntry("decidedBy", COUNTY_CLERK));
    }
    ResponseEntity<Map> outsider = get(XIJIE, "/api/union-foundings/" + instance + "/decisions", Map.class);
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("qingshi-clerk", "/api/union-foundings/" + instance + "/decisions", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anotherCommunitysEnterpriseIsRefusedWithTheRealReasonAndNoCodeOfTheirs() {
    String creditCode = TestIdentities.newCreditCode();
    ResponseEntity<Map> started = start(DONGJIE, creditCode, 12);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> ledgerRow =
        ((List<Map<String, Object>>) get(DONGJIE, "/api/enterprises?community=SFX-CG-DJ&size=1000", List.class).getBody()).stream()
            .filter(e -> creditCode.equals(e.get("creditCode")))
            .findFirst()
            .orElseThrow();

    // 西街 starts with 东街's enterprise id: refused for what it is, naming the field it sent
    ResponseEntity<Map> byId = postJson(XIJIE, "/api/union-foundings", Map.of(VAR_ENTERPRISE_ID, ledgerRow.get("id")));
    assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byId.getBody()).containsEntry("field", VAR_ENTERPRISE_ID);
    assertThat((String) byId.getBody().get("message")).contains("其他社区工会").doesNotContain("SFX-CG-DJ").doesNotContain("communityCode");

    // 西街 types 东街's enterprise into the start form: a conflict on the credit code, no other unit's code shown
    ResponseEntity<Map> byForm = start(XIJIE, creditCode, 12);
    assertThat(byForm.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(byForm.getBody()).containsEntry("field", FIELD_CREDIT_CODE);
    assertThat((String) byForm.getBody().get("message")).contains("其他社区工会").doesNotContain("SFX-CG-DJ");
  }

  @Test
  void aManagersCockpitCountsTheOpenTasksOfTheUnitsBelow() {
    String instance = start(DONGJIE, TestIdentities.newCreditCode(), 20).getBody().get("id").toString();
    assertThat(instance).isNotBlank();
    UnionFoundingRestTest.CookieJar session = login("county-manager", "cockpit");
    ResponseEntity<Map> open =
        rest.exchange(
            "/camunda/api/engine/engine/default/history/task/count?unfinished=true&unassigned=true&withCandidateGroups=true",
            HttpMethod.GET,
            new HttpEntity<>(session.headers()),
            Map.class);
    assertThat(open.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) open.getBody().get("count")).longValue()).isPositive();
    ResponseEntity<Map> tasks =
        rest.exchange(
            "/camunda/api/engine/engine/default/task/count?processInstanceId=" + instance,
            HttpMethod.GET,
            new HttpEntity<>(session.headers()),
            Map.class);
    assertThat(((Number) tasks.getBody().get("count")).longValue()).isEqualTo(1);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private UnionFoundingRestTest.CookieJar login(String user, String app) {
    UnionFoundingRestTest.CookieJar cookies =
        new UnionFoundingRestTest.CookieJar().take(rest.getForEntity("/camunda/app/" + app + "/default/", String.class));
    HttpHeaders login = cookies.headers();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
    credentials.add("username", user);
    credentials.add("password", DEMO_PASSWORD);
    cookies.take(
        rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST, new HttpEntity<>(credentials, login), String.class));
    return cookies;
  }

  private ResponseEntity<Map> start(String user, String creditCode, int employees) {
    return postJson(
        user,
        "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form",
        Map.of("variables", typed(UnionFoundingRestTest.startForm(creditCode, employees))));
  }

  private void submit(String user, String taskId, Map<String, Object> form) {
    ResponseEntity<Map> response = submitRaw(user, taskId, form);
    assertThat(response.getStatusCode()).as("%s submits %s: %s", user, taskId, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> submitRaw(String user, String taskId, Map<String, Object> form) {
    return postJson(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(form)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> variables(String user, String taskId) {
    return get(user, "/engine-rest/task/" + taskId + "/variables", Map.class).getBody();
  }

  @SuppressWarnings("unchecked")
  private String taskId(String user, String instance, String taskKey) {
    List<Map<String, Object>> tasks = get(user, "/engine-rest/task?processInstanceId=" + instance, List.class).getBody();
    return (String) tasks.stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey"))).findFirst().orElseThrow().get("id");
  }

  private static Map<String, Object> typed(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach(
        (key, value) ->
            variables.put(key, value instanceof Integer number ? Map.of("value", number, "type", "Long") : Map.of("value", value)));
    return variables;
  }

  private ResponseEntity<Map> postJson(String user, String path, Object body) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), type);
  }
}
