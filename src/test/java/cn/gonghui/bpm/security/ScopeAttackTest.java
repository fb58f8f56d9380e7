package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 7, point 3: no statistics or counts across units. Every endpoint a clerk, an analyst or a manager can
 * reach — Camunda's REST API, the web apps' API (Tasklist, Cockpit's dashboard plugin, Admin's metrics), the
 * processes' /api — is read by each of them before and after a case of each process of {@link
 * AttackedProcesses#ALL} and an incident on it appear in the process's unit: the numbers change for the unit's
 * clerks and the managers of it and above it only (and a task's counts for the unit the task is offered to). And the ledger rule: a
 * clerk (community, town or county) sees their own unit's ledger; a manager their unit and every unit below.
 */
class ScopeAttackTest extends AttackSupport {

  /** The demo users who look, with the unit each is asked about. */
  static final Map<String, String> OBSERVERS = new LinkedHashMap<>();

  static {
    OBSERVERS.put("dongjie-clerk", "SFX-CG-DJ");
    OBSERVERS.put("xijie-clerk", "SFX-CG-XJ");
    OBSERVERS.put("chengguan-clerk", "SFX-CG");
    OBSERVERS.put("county-clerk", "SFX");
    OBSERVERS.put("hepan-clerk", "SFX-QS-HP");
    OBSERVERS.put("analyst", "SFX");
    OBSERVERS.put("chengguan-manager", "SFX-CG");
    OBSERVERS.put("county-manager", "SFX");
    // the units of 双走访 and 金秋助学: the education union, its schools (the suite's two among them), the county's bodies
    OBSERVERS.put("batou-clerk", "SFX-JY-BT");
    OBSERVERS.put("yizhong-clerk", "SFX-JY-YZ");
    OBSERVERS.put(TwoVisitsCampaignUnderAttack.SCHOOL_CLERK, TwoVisitsCampaignUnderAttack.SCHOOL);
    OBSERVERS.put(TwoVisitsIssueUnderAttack.SCHOOL_CLERK, TwoVisitsIssueUnderAttack.SCHOOL);
    OBSERVERS.put("jiaoyu-clerk", "SFX-JY");
    OBSERVERS.put("jiaoyu-manager", "SFX-JY");
    OBSERVERS.put("aid-centre-clerk", "SFX");
    OBSERVERS.put("chair-meeting", "SFX");
  }

  /**
   * Who may see what happens in the founding's units: its clerks and the managers of it and the units above. The
   * test derives this for every unit from the org tree ({@link #mayBeSeenBy}) and checks it against these two.
   */
  static final Map<String, Set<String>> SEEN_BY =
      Map.of(
          "SFX-CG-DJ", Set.of("dongjie-clerk", "chengguan-manager", "county-manager"),
          "SFX-QS-HP", Set.of("hepan-clerk", "county-manager"));

  /**
   * The task counts: a task offered to another unit than its case's (the aid centre's 核对申报材料 of a school's
   * 金秋助学 application) is that unit's to see, its case is not (README, Who sees what). Those who see the task and
   * not the case see these numbers move and no other.
   */
  static boolean countsTasks(String probe) {
    return probe.endsWith("/task/count");
  }

  /** Reads over Camunda's REST API, {@code {def}} being the process's latest definition. */
  static final List<String> ENGINE_REST =
      List.of(
          "/process-definition/statistics?incidents=true",
          "/process-definition/statistics?failedJobs=true&rootIncidents=true",
          "/process-definition/{def}/statistics?incidents=true&failedJobs=true",
          "/process-instance/count",
          "/execution/count",
          "/task/count",
          "/task/report/candidate-group-count",
          "/incident/count",
          "/job/count",
          "/variable-instance/count",
          "/event-subscription/count",
          "/external-task/count",
          "/history/process-instance/count",
          "/history/activity-instance/count",
          "/history/task/count",
          "/history/variable-instance/count",
          "/history/detail/count",
          "/history/incident/count",
          "/history/job-log/count",
          "/history/decision-instance/count",
          "/history/identity-link-log/count",
          "/history/user-operation/count",
          "/history/external-task-log/count",
          "/history/process-definition/{def}/statistics?incidents=true&finished=true&canceled=true&completeScope=true",
          "/history/process-instance/report?reportType=duration&periodUnit=month",
          "/history/task/report?reportType=count&groupBy=processDefinition",
          "/history/task/report?reportType=duration&periodUnit=month",
          "/history/activity-statistics?processDefinitionId={def}",
          "/metrics/activity-instance-start/sum");

  /** Reads over the web apps' API (with the user's session), as Tasklist and Cockpit's dashboard make them. */
  static final List<String> WEBAPP_GET =
      List.of(
          "/camunda/api/engine/engine/default/process-definition/statistics?incidents=true",
          "/camunda/api/engine/engine/default/process-instance/count",
          "/camunda/api/engine/engine/default/task/count",
          "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
          "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
          "/camunda/api/cockpit/plugin/base/default/process-instance/count",
          "/camunda/api/cockpit/plugin/base/default/incident/count",
          "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2020-01-01&groupBy=year",
          "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2020-01-01&groupBy=month&metrics=process-instances");

  static final List<String> WEBAPP_POST =
      List.of(
          "/camunda/api/cockpit/plugin/base/default/process-instance/count",
          "/camunda/api/cockpit/plugin/base/default/process-instance",
          "/camunda/api/cockpit/plugin/base/default/incident/count",
          "/camunda/api/cockpit/plugin/base/default/incident");

  @TestFactory
  Stream<DynamicTest> noCountOrStatisticCrossesUnits() {
    // the suite's schools of 双走访 and their clerks, who observe too
    TwoVisitsCampaignUnderAttack.ensureSchool(this);
    TwoVisitsCampaignUnderAttack.ensureSchool(this, TwoVisitsIssueUnderAttack.SCHOOL, "攻击测试学校二工会", TwoVisitsIssueUnderAttack.SCHOOL_CLERK);
    for (Map.Entry<String, Set<String>> unit : SEEN_BY.entrySet()) {
      assertThat(mayBeSeenBy(unit.getKey())).as("who may see %s, by the org tree", unit.getKey()).isEqualTo(unit.getValue());
    }
    Map<String, WebSession> sessions =
        forEachUser(OBSERVERS.keySet(), user -> WebSession.login(this, user, isClerk(user) ? "tasklist" : "cockpit"));
    // in the order of ALL: the 金秋助学 campaign's fixture moves the engine's clock, the application's sets it back
    return AttackedProcesses.ALL.stream()
        .map(process -> DynamicTest.dynamicTest(process.key(), () -> {
          try {
            noCountOrStatisticCrossesUnits(process, sessions);
          } finally {
            ClockUtil.reset();
          }
        }));
  }

  private void noCountOrStatisticCrossesUnits(AttackedProcess process, Map<String, WebSession> sessions) {
    String definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(process.key()).latestVersion().singleResult().getId();
    // a founding's case may be of any community: first one of 河畔 (another town's)
    List<String> units = process.key().equals(FoundingUnderAttack.KEY) ? List.of("SFX-QS-HP", process.unit()) : List.of(process.unit());
    Map<String, Map<String, String>> after = readAll(sessions, definition);
    for (String unit : units) {
      Map<String, Map<String, String>> before = after;
      String instance = somethingHappensIn(process, unit);
      Set<String> seeCase = mayBeSeenBy(unit);
      Set<String> seeTasks = new HashSet<>();
      for (String taskUnit : taskUnits(instance)) {
        seeTasks.addAll(mayBeSeenBy(taskUnit));
      }
      after = readAll(sessions, definition);
      for (String user : OBSERVERS.keySet()) {
        boolean sees = seeCase.contains(user);
        for (String probe : before.get(user).keySet()) {
          String was = before.get(user).get(probe);
          String is = after.get(user).get(probe);
          if (!sees && !(seeTasks.contains(user) && countsTasks(probe))) {
            assertThat(is).as("%s: %s reads %s after a change in %s", process, user, probe, unit).isEqualTo(was);
          }
        }
        // the new case itself (a count may stay equal: a fixture makes room for it by cancelling an older case)
        Answer read = get("/engine-rest/process-instance/" + instance).as(user).send();
        if (sees) {
          assertThat(read.status()).as("%s: %s sees the new case of %s: %s", process, user, unit, read).isEqualTo(200);
        } else {
          refusedWithOneOf(read, 403, 404);
        }
        String tasks = "GET /engine-rest/task/count";
        if (seeTasks.contains(user) && !sees) {
          assertThat(after.get(user).get(tasks)).as("%s: %s sees the new case's task offered to them", process, user)
              .isNotEqualTo(before.get(user).get(tasks));
        }
      }
    }
  }

  /**
   * Who of the observers may see what happens in a unit (or a county's body), by the platform's rule (README, Who
   * sees what; {@code OrgUnitService.ensureGroups}): the members of its group — a unit's clerks, a body's members —
   * and the managers of the unit (of a body: of its county) and of every unit above it.
   */
  private Set<String> mayBeSeenBy(String unit) {
    String county = unit.contains(".") ? unit.substring(0, unit.indexOf('.')) : unit;
    boolean body = unit.equals(OrgGroups.chairMeetingGroup(county)) || unit.equals(OrgGroups.aidCentreGroup(county));
    Set<String> groups = new HashSet<>();
    groups.add(unit);
    for (OrgUnit level : bean(OrgUnitService.class).selfAndAncestors(body ? county : unit)) {
      groups.add(OrgGroups.managersGroup(level.getCode()));
    }
    Set<String> users = new HashSet<>();
    for (String user : OBSERVERS.keySet()) {
      if (engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().anyMatch(g -> groups.contains(g.getId()))) {
        users.add(user);
      }
    }
    return users;
  }

  private boolean isClerk(String user) {
    return engine.getIdentityService().createUserQuery().userId(user).memberOfGroup(Roles.CLERKS).count() > 0;
  }

  /** The groups (units, bodies) the open tasks of a case are offered to. */
  private Set<String> taskUnits(String instance) {
    Set<String> units = new HashSet<>();
    for (var task : engine.getTaskService().createTaskQuery().processInstanceId(instance).list()) {
      for (var link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (link.getGroupId() != null) {
          units.add(link.getGroupId());
        }
      }
    }
    return units;
  }

  /**
   * A new case of the process in {@code unit} with an incident, on its first task's execution (a case with parallel
   * paths has no activity on its root execution); returns the case.
   */
  private String somethingHappensIn(AttackedProcess process, String unit) {
    String instance = process.startCase().apply(this, unit);
    var tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 1);
    String execution = tasks.isEmpty() ? instance : tasks.get(0).getExecutionId();
    engine.getRuntimeService().createIncident("failedJob", execution, "范围测试");
    return instance;
  }

  private Map<String, Map<String, String>> readAll(Map<String, WebSession> sessions, String definition) {
    return forEachUser(OBSERVERS.keySet(), user -> {
      Map<String, String> values = new LinkedHashMap<>();
      for (String path : ENGINE_REST) {
        String full = "/engine-rest" + path.replace("{def}", definition);
        values.put("GET /engine-rest" + path.replace("{def}", "{def}"), value(get(full).as(user).send()));
      }
      WebSession session = sessions.get(user);
      for (String path : WEBAPP_GET) {
        values.put("GET " + path, value(session.get(path)));
      }
      for (String path : WEBAPP_POST) {
        values.put("POST " + path, value(session.post(path, "{}")));
      }
      String unit = OBSERVERS.get(user);
      values.put("GET /api/union-founding/overview", value(get("/api/union-founding/overview?unit=" + unit).as(user).send()));
      values.put("GET /api/two-visits/overview", value(get("/api/two-visits/overview?unit=" + unit).as(user).send()));
      Answer ledger = get("/api/enterprises?community=" + unit + "&size=1000").as(user).send();
      values.put("GET /api/enterprises", value(ledger) + " total " + ledger.header("X-Total-Count"));
      return values;
    });
  }

  /** What a read tells: "refused 403" or the sum of every number in the answer and the size of its lists. */
  private static String value(Answer answer) {
    assertThat(answer.status()).as("%s", answer).isLessThan(500);
    if (answer.status() >= 400) {
      refusedWithOneOf(answer, 401, 403, 404);
      return "refused " + answer.status();
    }
    try {
      JsonNode json = MAPPER.readTree(answer.body());
      double[] sum = {0};
      long[] elements = {0};
      add(json, sum, elements);
      return sum[0] + "/" + elements[0];
    } catch (IOException e) {
      return "body " + answer.body().hashCode();
    }
  }

  private static void add(JsonNode node, double[] sum, long[] elements) {
    if (node.isNumber()) {
      sum[0] += node.doubleValue();
    } else if (node.isArray()) {
      elements[0] += node.size();
      node.forEach(child -> add(child, sum, elements));
    } else if (node.isObject()) {
      node.forEach(child -> add(child, sum, elements));
    }
  }

  // ---- the ledger rule ----------------------------------------------------------------------------

  @Test
  void aClerkSeesTheLedgerOfTheirOwnUnitOnlyAManagerTheUnitsBelowToo() {
    long dongjie = newEnterprise("dongjie-clerk");
    // a town or county clerk: their own unit's ledger only, not the communities below
    for (String clerk : List.of("chengguan-clerk", "county-clerk")) {
      String own = OBSERVERS.get(clerk);
      Answer ledger = get("/api/enterprises?community=" + own + "&size=1000").as(clerk).send();
      assertThat(ledger.status()).as("%s", ledger).isEqualTo(200);
      assertThat(ledger.list()).as("%s reads the ledger of %s", clerk, own).allSatisfy(e -> assertThat(e.get("communityCode")).isEqualTo(own));
      refused(get("/api/enterprises?community=SFX-CG-DJ").as(clerk).send(), 403);
      refused(get("/api/union-founding/overview?unit=SFX-CG-DJ").as(clerk).send(), 403);
      refused(get("/api/union-founding/overview.xlsx?unit=SFX-CG-DJ").as(clerk).send(), 403);
      Answer overview = get("/api/union-founding/overview?unit=" + own).as(clerk).send();
      assertThat(overview.status()).as("%s", overview).isEqualTo(200);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) overview.json().get("rows");
      assertThat(rows).as("%s: only their own unit's row", overview).extracting(r -> r.get("unitCode")).containsExactly(own);
    }
    // a community clerk: their own community, no other
    refused(get("/api/enterprises?community=SFX-CG-DJ").as("xijie-clerk").send(), 403);
    assertThat(get("/api/enterprises?community=SFX-CG-DJ&size=1000").as("dongjie-clerk").send().list())
        .extracting(e -> ((Number) e.get("id")).longValue()).contains(dongjie);
    // managers: their unit and every unit below, nothing beside
    assertThat(get("/api/enterprises?community=SFX-CG&size=1000").as("chengguan-manager").send().list())
        .extracting(e -> ((Number) e.get("id")).longValue()).contains(dongjie);
    assertThat(get("/api/enterprises?community=SFX&size=1000").as("county-manager").send().list())
        .extracting(e -> ((Number) e.get("id")).longValue()).contains(dongjie);
    refused(get("/api/enterprises?community=SFX-QS").as("chengguan-manager").send(), 403);
    refused(get("/api/union-founding/overview?unit=SFX").as("chengguan-manager").send(), 403);
    // the analyst sees no ledger
    refused(get("/api/enterprises?community=SFX").as("analyst").send(), 403);
  }
}
