package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, point 3: no statistics or counts across units. Every endpoint a clerk, an analyst or a manager can
 * reach — Camunda's REST API, the web apps' API (Tasklist, Cockpit's dashboard plugin, Admin's metrics), the
 * processes' /api — is read by each of them before and after a case, an incident and a ledger row appear in
 * one unit: the numbers change for the unit's clerks and the managers above it only. And the ledger rule: a
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
  }

  /** Who may see what happens in a unit: its clerks and the managers of it and the units above. */
  static final Map<String, Set<String>> SEEN_BY =
      Map.of(
          "SFX-CG-DJ", Set.of("dongjie-clerk", "chengguan-manager", "county-manager"),
          "SFX-QS-HP", Set.of("hepan-clerk", "county-manager"));

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

  @Test
  void noCountOrStatisticCrossesUnits() {
    AttackedProcess process = AttackedProcesses.ALL.get(0);
    String definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(process.key()).latestVersion().singleResult().getId();
    Map<String, WebSession> sessions =
        forEachUser(OBSERVERS.keySet(), user -> WebSession.login(this, user, user.endsWith("clerk") ? "tasklist" : "cockpit"));

    Map<String, Map<String, String>> after = readAll(sessions, definition);
    for (String unit : List.of("SFX-QS-HP", process.unit())) {
      Map<String, Map<String, String>> before = after;
      somethingHappensIn(process, unit);
      after = readAll(sessions, definition);
      for (String user : OBSERVERS.keySet()) {
        boolean sees = SEEN_BY.get(unit).contains(user);
        for (String probe : before.get(user).keySet()) {
          String was = before.get(user).get(probe);
          String is = after.get(user).get(probe);
          if (!sees) {
            assertThat(is).as("%s reads %s after a change in %s", user, probe, unit).isEqualTo(was);
          }
        }
        String count = "GET /engine-rest/process-instance/count";
        if (sees) {
          assertThat(after.get(user).get(count)).as("%s sees the new case of %s", user, unit).isNotEqualTo(before.get(user).get(count));
        }
      }
    }
  }

  /** A new case of the process in {@code unit}, an incident on it, a subject registered by the unit's clerk. */
  private void somethingHappensIn(AttackedProcess process, String unit) {
    String instance = process.startCase().apply(this, unit);
    engine.getRuntimeService().createIncident("failedJob", instance, "范围测试");
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
