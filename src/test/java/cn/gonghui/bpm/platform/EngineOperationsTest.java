package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Engine settings an operator relies on: retries and incidents, history, health and metrics, web app safety. */
class EngineOperationsTest extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  @Test
  void aFailingStepRetriesThreeTimesFiveMinutesApartThenRaisesAnIncident() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("failing-step").count() == 0) {
      repositoryService.createDeployment().addClasspathResource("fixtures/failing-step.bpmn").deploy();
    }
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey("failing-step", Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

    Instant before = Instant.now();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
    Job retried = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(Duration.between(before, retried.getDuedate().toInstant()))
        .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();

    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isOne();
  }

  @Test
  void personalDataFromFormsNeverReachesTheEngineHistory() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("security-probe").count() == 0) {
      repositoryService.createDeployment().addClasspathResource("fixtures/security-probe.bpmn").deploy();
    }
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            "security-probe",
            Map.of(
                CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ",
                "memberRows", "张三,110101199003070011,男,一车间",
                "reportDecision", "APPROVE"));
    runtimeService.removeVariable(instance.getId(), "memberRows");

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .contains(CaseVariables.ORG_UNIT_CODE, "reportDecision")
        .doesNotContain("memberRows");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
        .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
        .doesNotContain("memberRows");
  }

  @Test
  void startUpDeployedTheModelsWithStableRelativeResourceNames() {
    var deployments = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list();
    assertThat(deployments).isNotEmpty();
    var names =
        deployments.stream().flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()).toList();
    assertThat(names)
        .contains(
            "union-founding/union-founding.bpmn",
            "union-founding/union-founding-approval-authority.dmn",
            "union-founding/union-founding-start.form")
        .allMatch(name -> !name.startsWith("/") && !name.contains(":") && !name.contains("processes/"));
  }

  @Test
  void engineRunsWithAuthorizationChecksFullHistoryAndANightlyCleanupWindow() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
    assertThat(configuration.isEnableHistoricInstancePermissions()).isTrue();
  }

  @Test
  void healthCoversTheDatabaseAndTheEngineAndShowsThemToAdministratorsOnly() {
    ResponseEntity<Map> anonymous = rest.getForEntity("/actuator/health", Map.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getBody()).containsEntry("status", "UP").doesNotContainKey("components");

    ResponseEntity<Map> health = rest.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(as("admin")), Map.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).containsEntry("status", "UP");
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) health.getBody().get("components");
    assertThat(components.keySet()).contains("db", "processEngine");
  }

  @Test
  void prometheusPublishesEngineGaugesToAuthenticatedScrapers() {
    ResponseEntity<String> metrics =
        rest.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(as("admin")), String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody())
        .contains("gonghui_engine_incidents_open", "gonghui_engine_jobs_due", "gonghui_engine_tasks_open");
  }

  @Test
  void webAppLoginWithoutTheCsrfTokenIsRefused() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "dongjie-clerk");
    form.add("password", DEMO_PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

    ResponseEntity<String> response =
        rest.postForEntity(
            "/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
  }

  @Test
  void thereIsNoH2Console() {
    assertThat(rest.getForEntity("/h2-console", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
