package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process's instance list by key reads that process's instances, not the instances of other processes that come
 * before them in the id order ({@link InstanceListsByDefinition}); the tenant check still decides who sees what.
 */
class InstanceListsByDefinitionTest extends PostgresIntegrationTest {

  private static final String MANY = "list-plan-many";
  private static final String FEW = "list-plan-few";
  private static final String VERSIONS = "list-plan-versions";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheTestsProcesses() {
    jdbc.update("delete from ACT_RU_EXECUTION where ID_ like 'list-plan-%'");
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void theIndexThatHandsOutADefinitionsInstancesInIdOrderExists() {
    assertThat(jdbc.queryForList("select indexdef from pg_indexes where indexname = 'gh_idx_exe_procdef_id'", String.class))
        .singleElement()
        .satisfies(definition -> assertThat(definition.toLowerCase()).contains("act_ru_execution").contains("(proc_def_id_, id_)"));
  }

  @Test
  void aProcessWithFewInstancesListsThemWithoutReadingTheOthersThatComeFirstInTheIdOrder() {
    ProcessDefinition many = deploy(MANY);
    ProcessDefinition few = deploy(FEW);
    // 20,000 instances of another process, all before the few in the id order (as when the few were started
    // late in the time-based ids' cycle), and 60 of the few in each of two towns' communities
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(row(String.format("list-plan-a-%05d", i), many, "SFX-CG-DJ"));
    }
    for (int i = 0; i < 60; i++) {
      rows.add(row(String.format("list-plan-z-cg-%02d", i), few, "SFX-CG-DJ"));
      rows.add(row(String.format("list-plan-z-qs-%02d", i), few, "SFX-QS-HP"));
    }
    jdbc.batchUpdate(
        "insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, PROC_DEF_ID_, PROC_DEF_KEY_, ACT_ID_,"
            + " IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,"
            + " SEQUENCE_COUNTER_, TENANT_ID_) values (?, 1, ?, ?, ?, ?, 'Task_Wait', true, false, true, false, 1, 0, 1, ?)",
        rows);
    jdbc.execute("analyze ACT_RU_EXECUTION");
    jdbc.execute("create extension if not exists pg_stat_statements");
    jdbc.execute("select pg_stat_statements_reset()");

    List<Map<String, Object>> county = list("county-manager", FEW);
    List<Map<String, Object>> chengguan = list("chengguan-manager", FEW);

    // the same answer as before: the first 50 in id order, of the units each manager may see
    assertThat(county).hasSize(50).allSatisfy(i -> assertThat((String) i.get("id")).startsWith("list-plan-z-"));
    assertThat(county).extracting(i -> (String) i.get("id")).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(chengguan).hasSize(50).allSatisfy(i -> assertThat(i.get("tenantId")).isEqualTo("SFX-CG-DJ"));
    assertThat(list("county-manager", MANY)).hasSize(50).allSatisfy(i -> assertThat((String) i.get("id")).startsWith("list-plan-a-"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FEW).count()).isEqualTo(120);

    // what the three lists read: their own rows, not the 20,000 before them (14 blocks per list; 437 without the
    // definition's id, when the lists of the few walk in id order through every instance of the other process)
    List<Map<String, Object>> statements = jdbc.queryForList(
        "select calls, shared_blks_hit + shared_blks_read as blocks from pg_stat_statements"
            + " where regexp_replace(query, '\\s+', ' ', 'g') like 'select distinct RES.* from ACT_RU_EXECUTION RES %'");
    long calls = statements.stream().mapToLong(s -> ((Number) s.get("calls")).longValue()).sum();
    long blocks = statements.stream().mapToLong(s -> ((Number) s.get("blocks")).longValue()).sum();
    assertThat(calls).isEqualTo(3);
    assertThat(blocks / calls).as("blocks read per list").isLessThan(100);
  }

  @Test
  void aKeyWithTwoVersionsStillListsTheInstancesOfBoth() {
    ProcessDefinition first = deploy(VERSIONS);
    ProcessDefinition second = deploy(VERSIONS);
    assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);
    ProcessInstance onFirst = runtimeService.startProcessInstanceById(first.getId(), Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));
    ProcessInstance onSecond = runtimeService.startProcessInstanceById(second.getId(), Map.of(CaseVariables.ORG_UNIT_CODE, "SFX-CG-DJ"));

    assertThat(list("county-manager", VERSIONS)).extracting(i -> (String) i.get("id"))
        .containsExactlyInAnyOrder(onFirst.getId(), onSecond.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(VERSIONS).list())
        .extracting(ProcessInstance::getId).containsExactlyInAnyOrder(onFirst.getId(), onSecond.getId());
  }

  private List<Map<String, Object>> list(String user, String key) {
    ResponseEntity<List> response = rest.exchange(
        "http://localhost:" + port + "/engine-rest/process-instance?processDefinitionKey=" + key + "&maxResults=50",
        HttpMethod.GET, new HttpEntity<>(as(user)), List.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  private ProcessDefinition deploy(String key) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("实例列表测试流程").camundaHistoryTimeToLive(1)
        .startEvent("Event_Started")
        .userTask("Task_Wait").name("等待")
        .endEvent("Event_Done")
        .done();
    Deployment deployment = repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    deployments.add(deployment.getId());
    return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }

  private static Object[] row(String id, ProcessDefinition definition, String tenant) {
    return new Object[] {id, id, id, definition.getId(), definition.getKey(), tenant};
  }
}
