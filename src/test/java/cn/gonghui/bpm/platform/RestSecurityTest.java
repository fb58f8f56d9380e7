package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** HTTP Basic on /engine-rest and /api, analysts deploying from the Modeler, and unit-scoped visibility. */
class RestSecurityTest extends PostgresIntegrationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  @Test
  void engineRestAndApiAnswer401WithoutCredentials() {
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getHeaders().getFirst("WWW-Authenticate"))
        .startsWith("Basic");
    assertThat(rest.getForEntity("/api/enterprises?community=SFX-CG-DJ", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrongPasswordIsRejectedWith401() {
    // A throw-away user: Camunda delays further logins of a user after a failed attempt.
    String userId = "wrong-password-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword("right-Password-1");
    identityService.saveUser(user);

    ResponseEntity<String> response =
        rest.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(basic(userId, "wrong")), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void noDemoDemoUser() {
    ResponseEntity<String> response =
        rest.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(basic("demo", "demo")), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void analystDeploysAChangedModelFromTheModelerAndItBecomesTheLatestVersion() throws IOException {
    String key = "security-probe";
    int before = latestVersion(key);
    String changed = probeModel().replace("办理测试事项", "办理测试事项 " + UUID.randomUUID());

    ResponseEntity<Map> response = deploy("analyst", changed);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(latestVersion(key)).isEqualTo(before + 1);
  }

  @Test
  void clerkMayNotDeploy() throws IOException {
    ResponseEntity<Map> response = deploy("dongjie-clerk", probeModel().replace("办理测试事项", "未授权的修改"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void clerkSeesOnlyTheTasksOfTheirOwnUnit() throws IOException {
    ensureProbeDeployed();
    String business = "probe-" + UUID.randomUUID();
    runtimeService.startProcessInstanceByKey(
        "security-probe", business, Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));

    assertThat(tasksOf("dongjie-clerk", business)).hasSize(1);
    assertThat(tasksOf("xijie-clerk", business)).isEmpty();
    assertThat(tasksOf("chengguan-clerk", business)).isEmpty();
  }

  @Test
  void clerkOfAnotherUnitCannotCompleteTheTask() throws IOException {
    ensureProbeDeployed();
    String business = "probe-" + UUID.randomUUID();
    runtimeService.startProcessInstanceByKey(
        "security-probe", business, Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));
    String taskId = (String) tasksOf("dongjie-clerk", business).get(0).get("id");

    ResponseEntity<String> response =
        rest.exchange(
            "/engine-rest/task/" + taskId + "/complete",
            HttpMethod.POST,
            new HttpEntity<>("{}", json(as("xijie-clerk"))),
            String.class);

    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(business).count()).isEqualTo(1);
  }

  @Test
  void aClerkClaimingATaskAnotherUserHoldsGetsAClearConflict() throws IOException {
    ensureProbeDeployed();
    String business = "probe-" + UUID.randomUUID();
    runtimeService.startProcessInstanceByKey(
        "security-probe", business, Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));
    String taskId = (String) tasksOf("dongjie-clerk", business).get(0).get("id");
    taskService.claim(taskId, "admin");

    ResponseEntity<Map> response =
        rest.exchange(
            "/engine-rest/task/" + taskId + "/claim",
            HttpMethod.POST,
            new HttpEntity<>("{\"userId\":\"dongjie-clerk\"}", json(as("dongjie-clerk"))),
            Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody().get("message")).asString().contains("已被其他人认领");
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("admin");
  }

  @Test
  void managersReadTheCasesOfTheirUnitAndTheUnitsBelowOnly() throws IOException {
    ensureProbeDeployed();
    String dongjie = "probe-" + UUID.randomUUID();
    String hepan = "probe-" + UUID.randomUUID();
    runtimeService.startProcessInstanceByKey("security-probe", dongjie, Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));
    runtimeService.startProcessInstanceByKey("security-probe", hepan, Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-QS-HP"));

    assertThat(instancesOf("chengguan-manager", dongjie)).hasSize(1);
    assertThat(instancesOf("chengguan-manager", hepan)).isEmpty();
    assertThat(instancesOf("county-manager", dongjie)).hasSize(1);
    assertThat(instancesOf("county-manager", hepan)).hasSize(1);
    assertThat(historicInstancesOf("county-manager", hepan)).hasSize(1);
    assertThat(historicInstancesOf("chengguan-manager", hepan)).isEmpty();
    // a clerk sees the cases of their own unit, not those of a sibling
    assertThat(instancesOf("dongjie-clerk", dongjie)).hasSize(1);
    assertThat(instancesOf("xijie-clerk", dongjie)).isEmpty();
    // a town clerk does not see the communities' cases
    assertThat(instancesOf("chengguan-clerk", dongjie)).isEmpty();
  }

  private List<Map<String, Object>> tasksOf(String user, String businessKey) {
    return getList(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey);
  }

  private List<Map<String, Object>> instancesOf(String user, String businessKey) {
    return getList(user, "/engine-rest/process-instance?businessKey=" + businessKey);
  }

  private List<Map<String, Object>> historicInstancesOf(String user, String businessKey) {
    return getList(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> getList(String user, String url) {
    ResponseEntity<List> response = rest.exchange(url, HttpMethod.GET, new HttpEntity<>(as(user)), List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private int latestVersion(String key) {
    ResponseEntity<Map> response =
        rest.exchange(
            "/engine-rest/process-definition/key/" + key, HttpMethod.GET, new HttpEntity<>(as("admin")), Map.class);
    return response.getStatusCode() == HttpStatus.OK ? ((Number) response.getBody().get("version")).intValue() : 0;
  }

  private void ensureProbeDeployed() throws IOException {
    if (latestVersion("security-probe") == 0) {
      assertThat(deploy("admin", probeModel()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
  }

  /** The multipart call the Camunda Modeler makes when an analyst clicks "Deploy". */
  private ResponseEntity<Map> deploy(String user, String bpmn) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "security-probe");
    form.add("deployment-source", "Camunda Modeler");
    form.add("deploy-changed-only", "true");
    form.add(
        "security-probe.bpmn",
        new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "security-probe.bpmn";
          }
        });
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
  }

  private static String probeModel() throws IOException {
    return new ClassPathResource("fixtures/security-probe.bpmn").getContentAsString(StandardCharsets.UTF_8);
  }

  private static HttpHeaders json(HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
