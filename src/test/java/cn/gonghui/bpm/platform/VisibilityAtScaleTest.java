package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.founding.FoundingProcess;
import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.platform.validation.CreditCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Visibility by tenant across the whole demo county (2 towns × 2 communities): three founding cases in every
 * community, then every clerk and manager asks for instances, history instances, tasks, historic tasks and
 * their counts as Cockpit and Tasklist do (engine REST, GET and POST; the 本单位待办 filter in HAL). Each sees
 * exactly the cases of their unit (clerks) or of their unit and every unit below (managers) among ours, and
 * nothing of any other unit among everything the shared database holds.
 */
class VisibilityAtScaleTest extends PostgresIntegrationTest {

  static final Map<String, List<String>> TOWNS =
      Map.of("SFX-CG", List.of("SFX-CG-DJ", "SFX-CG-XJ"), "SFX-QS", List.of("SFX-QS-HP", "SFX-QS-SL"));
  static final Map<String, String> CLERKS =
      Map.of("SFX-CG-DJ", "dongjie-clerk", "SFX-CG-XJ", "xijie-clerk", "SFX-QS-HP", "hepan-clerk", "SFX-QS-SL", "shanlu-clerk");

  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;

  /** Case ids of this test by community. */
  final Map<String, List<String>> cases = new LinkedHashMap<>();

  String qingshiManager;

  @BeforeEach
  void casesInEveryCommunity() {
    qingshiManager = "qingshi-manager-" + UUID.randomUUID().toString().substring(0, 8);
    User manager = identityService.newUser(qingshiManager);
    manager.setPassword(DEMO_PASSWORD);
    identityService.saveUser(manager);
    identityService.createMembership(qingshiManager, Roles.MANAGERS);
    identityService.createMembership(qingshiManager, OrgGroups.managersGroup("SFX-QS"));
    for (List<String> communities : TOWNS.values()) {
      for (String community : communities) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          ids.add(runtimeService.startProcessInstanceByKey(FoundingProcess.PROCESS_KEY, startForm(community, i)).getId());
        }
        cases.put(community, ids);
      }
    }
  }

  @Test
  void everyClerkSeesExactlyTheCasesAndTasksOfTheirCommunity() {
    for (Map.Entry<String, String> clerk : CLERKS.entrySet()) {
      String unit = clerk.getKey();
      Predicate<String> mayAccess = unit::equals;
      assertSeesExactly(clerk.getValue(), Set.of(unit), mayAccess);
    }
  }

  @Test
  void townAndCountyManagersSeeTheirUnitAndEveryUnitBelow() {
    assertSeesExactly("chengguan-manager", Set.copyOf(TOWNS.get("SFX-CG")), tenant -> tenant.startsWith("SFX-CG"));
    assertSeesExactly(qingshiManager, Set.copyOf(TOWNS.get("SFX-QS")), tenant -> tenant.startsWith("SFX-QS"));
    Set<String> all = new HashSet<>();
    TOWNS.values().forEach(all::addAll);
    assertSeesExactly("county-manager", all, tenant -> tenant.startsWith("SFX"));
  }

  @Test
  void townClerksSeeNoCommunitysCaseAndAnalystsNone() {
    assertSeesExactly("chengguan-clerk", Set.of(), "SFX-CG"::equals);
    assertSeesExactly("qingshi-clerk", Set.of(), "SFX-QS"::equals);
    assertSeesExactly("analyst", Set.of(), tenant -> false);
  }

  /**
   * {@code user} sees, among this test's cases, exactly those of {@code units}, in every list and count; and
   * among all cases of the database only those whose tenant {@code mayAccess} accepts.
   */
  private void assertSeesExactly(String user, Set<String> units, Predicate<String> mayAccess) {
    Set<String> expected = new HashSet<>();
    units.forEach(unit -> expected.addAll(cases.get(unit)));
    Set<String> ours = new HashSet<>();
    cases.values().forEach(ours::addAll);
    String key = FoundingProcess.PROCESS_KEY;

    List<Map<String, Object>> instances = get(user, "/engine-rest/process-instance?processDefinitionKey=" + key + "&maxResults=10000");
    List<Map<String, Object>> posted = post(user, "/engine-rest/process-instance?firstResult=0&maxResults=10000", Map.of("processDefinitionKey", key));
    List<Map<String, Object>> history = get(user, "/engine-rest/history/process-instance?processDefinitionKey=" + key + "&maxResults=10000");
    List<Map<String, Object>> historyPosted =
        post(user, "/engine-rest/history/process-instance?firstResult=0&maxResults=10000",
            Map.of("processDefinitionKey", key, "sorting", List.of(Map.of("sortBy", "startTime", "sortOrder", "desc"))));
    List<Map<String, Object>> tasks = get(user, "/engine-rest/task?processDefinitionKey=" + key + "&maxResults=10000");
    List<Map<String, Object>> historicTasks = get(user, "/engine-rest/history/task?processDefinitionKey=" + key + "&maxResults=10000");

    for (List<Map<String, Object>> list : List.of(instances, posted, history, historyPosted)) {
      assertThat(ids(list, "id", ours)).as("%s: cases of ours", user).isEqualTo(expected);
      assertThat(list).as("%s: every case's unit", user).allSatisfy(i -> assertThat(mayAccess.test((String) i.get("tenantId"))).isTrue());
    }
    for (List<Map<String, Object>> list : List.of(tasks, historicTasks)) {
      assertThat(ids(list, "processInstanceId", ours)).as("%s: tasks of our cases", user).isEqualTo(expected);
      assertThat(list).as("%s: every task's unit", user).allSatisfy(t -> assertThat(mayAccess.test((String) t.get("tenantId"))).isTrue());
    }
    assertThat(count(user, "/engine-rest/process-instance/count?processDefinitionKey=" + key)).isEqualTo(instances.size());
    assertThat(count(user, "/engine-rest/history/process-instance/count?processDefinitionKey=" + key)).isEqualTo(history.size());
    assertThat(count(user, "/engine-rest/task/count?processDefinitionKey=" + key)).isEqualTo(tasks.size());
    assertThat(count(user, "/engine-rest/history/task/count?processDefinitionKey=" + key)).isEqualTo(historicTasks.size());

    if (!user.contains("manager") && !user.equals("analyst")) {
      // Tasklist's 本单位待办, as Tasklist asks for it (HAL), and its count
      String filter = unitTasksFilter();
      Map<String, Object> hal =
          rest.exchange("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=1000", HttpMethod.POST,
                  new HttpEntity<>(Map.of("processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of(),
                      "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")), "active", true), hal(user)),
                  new ParameterizedTypeReference<Map<String, Object>>() {})
              .getBody();
      @SuppressWarnings("unchecked")
      Object embedded = ((Map<String, Object>) hal.get("_embedded")).get("task");
      List<Map<String, Object>> listed = embedded == null ? List.of() : (List<Map<String, Object>>) embedded;
      assertThat(ids(listed, "processInstanceId", ours)).as("%s: 本单位待办", user).isEqualTo(expected);
      assertThat(listed).allSatisfy(t -> assertThat(mayAccess.test((String) t.get("tenantId"))).isTrue());
      assertThat(count(user, "/engine-rest/filter/" + filter + "/count")).isEqualTo(listed.size());
    }
  }

  private static Set<String> ids(List<Map<String, Object>> list, String field, Set<String> ours) {
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> item : list) {
      String id = (String) item.get(field);
      if (ours.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private String unitTasksFilter() {
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      if (TaskFilters.UNIT_TASKS.equals(filter.getProperties().get(TaskFilters.KEY_PROPERTY))) {
        return filter.getId();
      }
    }
    throw new AssertionError("no 本单位待办 filter");
  }

  private List<Map<String, Object>> get(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode().value()).as("GET %s as %s", path, user).isEqualTo(200);
    return response.getBody();
  }

  private List<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<List<Map<String, Object>>> response =
        rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode().value()).as("POST %s as %s", path, user).isEqualTo(200);
    return response.getBody();
  }

  private long count(String user, String path) {
    ResponseEntity<Map<String, Object>> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode().value()).as("GET %s as %s", path, user).isEqualTo(200);
    return ((Number) response.getBody().get("count")).longValue();
  }

  private HttpHeaders hal(String user) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT, "application/hal+json, application/json; q=0.5");
    return headers;
  }

  private static Map<String, Object> startForm(String community, int i) {
    String first17 = "93" + String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    Map<String, Object> variables = new HashMap<>();
    variables.put(FoundingProcess.FIELD_COMMUNITY_CODE, community);
    variables.put(FoundingProcess.FIELD_ENTERPRISE_NAME, "可见性测试企业" + first17);
    variables.put(FoundingProcess.FIELD_CREDIT_CODE, first17 + CreditCode.checkCharacter(first17));
    variables.put(FoundingProcess.FIELD_ADDRESS, "测试路" + i + "号");
    variables.put(FoundingProcess.FIELD_OWNER_NAME, "李四");
    variables.put(FoundingProcess.VAR_EMPLOYEE_COUNT, 5 + 20 * i);
    variables.put(FoundingProcess.VAR_FEMALE_EMPLOYEE_COUNT, 2);
    variables.put(FoundingProcess.VAR_HAS_PARTY_ORGANISATION, false);
    return variables;
  }
}
