package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A change of a user's groups or a group's tenants made through the engine reaches HTTP Basic callers with the
 * next request, although their memberships are kept for 30 s ({@link UserMemberships}, {@link ForgettingEntityManagers}).
 */
class ForgettingEntityManagersTest extends PostgresIntegrationTest {

  private static final String PROCESS = "membership-probe";

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  private final String user = "forgetting-" + UUID.randomUUID().toString().substring(0, 8);
  private final String group = user + "-group";
  private String deployment;

  @AfterEach
  void removeTheUserGroupAndProcess() {
    identityService.deleteUser(user);
    identityService.deleteGroup(group);
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aMembershipGivenOrTakenAwayCountsFromTheNextRequest() {
    User created = identityService.newUser(user);
    created.setPassword(DEMO_PASSWORD);
    identityService.saveUser(created);
    assertThat(decisions()).as("no group: may read no decision").isEmpty();

    identityService.createMembership(user, Roles.ANALYSTS);
    assertThat(decisions()).as("an analyst now").isNotEmpty();

    identityService.deleteMembership(user, Roles.ANALYSTS);
    assertThat(decisions()).as("no longer an analyst").isEmpty();
  }

  @Test
  void aTenantGivenToAGroupOfTheUserCountsFromTheNextRequest() {
    User created = identityService.newUser(user);
    created.setPassword(DEMO_PASSWORD);
    identityService.saveUser(created);
    Group own = identityService.newGroup(group);
    own.setName("成员测试组");
    identityService.saveGroup(own);
    identityService.createMembership(user, group);
    identityService.createMembership(user, Roles.MANAGERS);
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("成员测试流程").camundaHistoryTimeToLive(1)
        .startEvent("Event_Started").userTask("Task_Wait").name("等待").endEvent("Event_Done").done();
    deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    runtimeService.startProcessInstanceByKey(PROCESS, Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));
    assertThat(instances()).as("no tenant: no case of the community").isEmpty();

    identityService.createTenantGroupMembership("SFX-CG-DJ", group);
    try {
      assertThat(instances()).as("member of the community's tenant now").hasSize(1);
    } finally {
      identityService.deleteTenantGroupMembership("SFX-CG-DJ", group);
    }
    assertThat(instances()).as("no longer a member").isEmpty();
  }

  private List<?> decisions() {
    ResponseEntity<List> response = rest.exchange("http://localhost:" + port + "/engine-rest/decision-definition",
        HttpMethod.GET, new HttpEntity<>(as(user)), List.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  private List<Map<String, Object>> instances() {
    ResponseEntity<List> response = rest.exchange(
        "http://localhost:" + port + "/engine-rest/process-instance?processDefinitionKey=" + PROCESS,
        HttpMethod.GET, new HttpEntity<>(as(user)), List.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }
}
