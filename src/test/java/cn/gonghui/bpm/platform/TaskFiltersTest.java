package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The shared Tasklist filters: created once, readable by clerks and managers, listing the right tasks. */
class TaskFiltersTest extends PostgresIntegrationTest {

  private static final List<String> NAMES = List.of("我的待办", "本单位待办", "即将到期", "已逾期");

  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskFilters taskFilters;

  @BeforeEach
  void deployProbe() {
    repositoryService
        .createDeployment()
        .name("filter-probe")
        .addClasspathResource("fixtures/filter-probe.bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
  }

  @Test
  void theFourFiltersExistOnceWithoutOwnerAndARestartAddsNoDuplicate() {
    taskFilters.run();
    taskFilters.run();

    for (String name : NAMES) {
      List<Filter> found = filterService.createTaskFilterQuery().filterName(name).list();
      assertThat(found).as(name).hasSize(1);
      assertThat(found.get(0).getOwner()).as(name).isNull();
      assertThat(found.get(0).getProperties())
          .as(name)
          .containsEntry("refresh", true)
          .containsKeys("description", "priority", "color", "variables");
    }
  }

  @Test
  void aChangedFilterIsPutBackToItsDefinitionOnTheNextStart() {
    Filter filter = filter("即将到期");
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    properties.put("description", "被人改过的说明");
    filter.setProperties(properties);
    filter.setName("改过的名字");
    filterService.saveFilter(filter);

    taskFilters.run();

    Filter restored = filterService.getFilter(filter.getId());
    assertThat(restored.getName()).isEqualTo("即将到期");
    assertThat(restored.getProperties().get("description")).isEqualTo("三天内到期的本人或本单位任务，请优先办理。");
    assertThat(filterService.createTaskFilterQuery().filterName("即将到期").count()).isEqualTo(1);
  }

  @Test
  void clerksAndManagersSeeTheFiltersAnalystsDoNot() {
    assertThat(visibleFilterNames("dongjie-clerk")).containsAll(NAMES);
    assertThat(visibleFilterNames("county-manager")).containsAll(NAMES);
    assertThat(visibleFilterNames("analyst")).doesNotContainAnyElementsOf(NAMES);
  }

  @Test
  void unitTasksListATaskOfDongjieForDongjieClerksOnly() {
    String taskId = startProbe("SFX-CG-DJ");

    assertThat(taskIds("dongjie-clerk", "本单位待办")).contains(taskId);
    assertThat(taskIds("xijie-clerk", "本单位待办")).doesNotContain(taskId);
    assertThat(taskIds("chengguan-clerk", "本单位待办")).doesNotContain(taskId);
  }

  @Test
  void aClaimedTaskIsInMyTasksAndStillInTheUnitsList() {
    String taskId = startProbe("SFX-CG-DJ");
    assertThat(taskIds("dongjie-clerk", "我的待办")).doesNotContain(taskId);

    taskService.claim(taskId, "dongjie-clerk");

    assertThat(taskIds("dongjie-clerk", "我的待办")).contains(taskId);
    assertThat(taskIds("dongjie-clerk", "本单位待办")).contains(taskId);
    assertThat(taskIds("xijie-clerk", "我的待办")).doesNotContain(taskId);
  }

  @Test
  void overdueListsTasksPastTheirDueDateAndDueSoonThoseOfTheNextThreeDays() {
    String overdue = startProbe("SFX-CG-DJ", Instant.now().minus(1, ChronoUnit.DAYS));
    String tomorrow = startProbe("SFX-CG-DJ", Instant.now().plus(1, ChronoUnit.DAYS));
    String nextWeek = startProbe("SFX-CG-DJ", Instant.now().plus(7, ChronoUnit.DAYS));
    String otherUnitOverdue = startProbe("SFX-CG-XJ", Instant.now().minus(1, ChronoUnit.DAYS));

    List<String> overdueList = taskIds("dongjie-clerk", "已逾期");
    assertThat(overdueList).contains(overdue).doesNotContain(tomorrow, nextWeek, otherUnitOverdue);

    List<String> dueSoon = taskIds("dongjie-clerk", "即将到期");
    assertThat(dueSoon).contains(tomorrow).doesNotContain(overdue, nextWeek, otherUnitOverdue);

    // assigned to me: still listed, whichever group it was offered to
    taskService.claim(overdue, "dongjie-clerk");
    assertThat(taskIds("dongjie-clerk", "已逾期")).contains(overdue);
    assertThat(taskIds("xijie-clerk", "已逾期")).contains(otherUnitOverdue).doesNotContain(overdue);
  }

  private String startProbe(String unitCode) {
    return startProbe(unitCode, null);
  }

  private String startProbe(String unitCode, Instant due) {
    String business = "filter-probe-" + UUID.randomUUID();
    String instanceId =
        runtimeService
            .startProcessInstanceByKey("filter-probe", business, Map.of(CaseVariables.ORG_UNIT_CODE, unitCode))
            .getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    if (due != null) {
      task.setDueDate(Date.from(due));
      taskService.saveTask(task);
    }
    return task.getId();
  }

  private Filter filter(String name) {
    return filterService.createTaskFilterQuery().filterName(name).singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<String> visibleFilterNames(String user) {
    ResponseEntity<List> response =
        rest.exchange(
            "/engine-rest/filter?resourceType=Task", HttpMethod.GET, new HttpEntity<>(as(user)), List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) response.getBody()).stream().map(f -> (String) f.get("name")).toList();
  }

  /** Runs the filter through the REST API as the user, the way Tasklist does. */
  @SuppressWarnings("unchecked")
  private List<String> taskIds(String user, String filterName) {
    ResponseEntity<List> response =
        rest.exchange(
            "/engine-rest/filter/" + filter(filterName).getId() + "/list",
            HttpMethod.GET,
            new HttpEntity<>(as(user)),
            List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) response.getBody()).stream().map(t -> (String) t.get("id")).toList();
  }
}
