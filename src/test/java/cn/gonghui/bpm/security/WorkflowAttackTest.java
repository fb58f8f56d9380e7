package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 7, points 1 and 2, for every process of {@link AttackedProcesses#ALL}: a task accepts only the fields
 * its form declares, routing and decision variables are written by the system alone, a case starts only at
 * its start event and only for the starter's own unit, and no non-administrator modifies, restarts, migrates,
 * deletes, suspends, re-routes or re-assigns a case, its variables, jobs or incidents — through Camunda's REST
 * API or the web apps' API. Every refusal is checked for its status, its Chinese message and the field it
 * names, and for having written nothing at all in the database.
 */
class WorkflowAttackTest extends AttackSupport {

  /** Users who are not administrators, each of another kind. */
  static final List<String> NON_ADMINISTRATORS =
      List.of("dongjie-clerk", "xijie-clerk", "chengguan-clerk", "analyst", "chengguan-manager", "county-manager");

  // ---- point 1: task forms ------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> aTaskAcceptsOnlyTheFieldsOfItsFormAndNoSystemVariable() {
    return AttackedProcesses.ALL.stream()
        .flatMap(process -> process.tasks().stream().map(task ->
            DynamicTest.dynamicTest(process.key() + " " + task.taskKey(), () -> attackTaskForm(process, task))));
  }

  private void attackTaskForm(AttackedProcess process, TaskTarget task) {
    String instance = caseAt(process, task);
    String taskId = taskId(instance, task.taskKey());
    // the task, and what runs beside it (e.g. a campaign's 年关慰问 timer)
    List<String> active = engine.getRuntimeService().getActiveActivityIds(instance);
    Map<String, Object> forged = process.systemVariables().apply(this);
    // a field of every other form (one each: the refusal is by name) and of the start form
    Set<String> foreignFields = new LinkedHashSet<>();
    process.tasks().forEach(other -> other.validFields().keySet().stream()
        .filter(name -> !task.validFields().containsKey(name)).findFirst().ifPresent(foreignFields::add));
    foreignFields.addAll(process.validStart().apply(this).keySet());
    foreignFields.add("foo");
    foreignFields.removeAll(task.validFields().keySet());
    foreignFields.removeAll(forged.keySet());

    List<Runnable> attacks = new ArrayList<>();
    for (Map.Entry<String, Object> variable : forged.entrySet()) {
      if (task.validFields().containsKey(variable.getKey())) {
        continue;
      }
      Map<String, Object> submission = merged(task.validFields(), Map.of(variable.getKey(), variable.getValue()));
      for (String action : List.of("complete", "submit-form")) {
        attacks.add(() -> {
          Answer answer = post("/engine-rest/task/" + taskId + "/" + action).as(task.worker()).json(withVariables(submission)).send();
          refused(answer, 400).naming(variable.getKey()).saying("由系统填写");
        });
      }
    }
    for (String field : foreignFields) {
      attacks.add(() -> {
        Answer answer =
            post("/engine-rest/task/" + taskId + "/complete").as(task.worker())
                .json(withVariables(merged(task.validFields(), Map.of(field, "1")))).send();
        refused(answer, 400).naming(field).saying("不是本表单的字段");
      });
    }
    for (String outsider : task.outsiders()) {
      for (String action : List.of("complete", "submit-form", "claim")) {
        Object body = action.equals("claim") ? Map.of("userId", outsider) : withVariables(task.validFields());
        attacks.add(() -> refusedWithOneOf(post("/engine-rest/task/" + taskId + "/" + action).as(outsider).json(body).send(), 403, 404));
      }
    }
    attacks.add(() -> refused(post("/engine-rest/task/" + taskId + "/complete").json(withVariables(task.validFields())).send(), 401));
    nothingChanges(process.key() + " " + task.taskKey() + ": forged submissions", () -> inParallel(attacks));
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance)).contains(task.taskKey()).containsExactlyInAnyOrderElementsOf(active);
  }

  /** The Tasklist path (/camunda/api/engine) refuses the forged variables the same way, in every process. */
  @TestFactory
  Stream<DynamicTest> tasklistRefusesForgedVariablesInAFormSubmission() {
    return AttackedProcesses.ALL.stream()
        .map(process -> DynamicTest.dynamicTest(process.key(), () -> tasklistRefusesForgedVariablesInAFormSubmission(process)));
  }

  private void tasklistRefusesForgedVariablesInAFormSubmission(AttackedProcess process) {
    TaskTarget task = process.task(process.raceTask());
    String taskId = taskId(caseAt(process, task), task.taskKey());
    WebSession tasklist = WebSession.login(this, task.worker(), "tasklist");
    Map<String, Object> forged = process.systemVariables().apply(this);
    nothingChanges("Tasklist submissions with forged variables", () -> {
      for (String name : forged.keySet()) {
        Answer answer =
            tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                withVariables(merged(task.validFields(), Map.of(name, forged.get(name)))));
        refused(answer, 400).naming(name).saying("由系统填写");
      }
    });
    // the same submission without the forgery is accepted: the refusals were about the forged variables
    Answer valid = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", withVariables(task.validFields()));
    assertThat(valid.status()).as("%s", valid).isEqualTo(204);
  }

  /**
   * A claimed task is its claimant's, in every process: a colleague of the same unit neither unclaims, re-assigns nor
   * completes it.
   */
  @TestFactory
  Stream<DynamicTest> aColleagueCannotUnclaimReassignOrCompleteAClaimedTask() {
    return AttackedProcesses.ALL.stream()
        .map(process -> DynamicTest.dynamicTest(process.key(), () -> aColleagueCannotUnclaimReassignOrCompleteAClaimedTask(process)));
  }

  private void aColleagueCannotUnclaimReassignOrCompleteAClaimedTask(AttackedProcess process) {
    TaskTarget task = process.task(process.raceTask());
    String colleague = colleagueOf(task.worker());
    String taskId = taskId(caseAt(process, task), task.taskKey());
    assertThat(post("/engine-rest/task/" + taskId + "/claim").as(task.worker()).json(Map.of("userId", task.worker())).send().status())
        .isEqualTo(204);
    nothingChanges("a colleague's claimed task", () -> {
      refused(post("/engine-rest/task/" + taskId + "/unclaim").as(colleague).send(), 403).saying("自己认领");
      refused(post("/engine-rest/task/" + taskId + "/unclaim").as("xijie-clerk").send(), 404);
      refused(post("/engine-rest/task/" + taskId + "/claim").as(colleague).json(Map.of("userId", colleague)).send(), 409);
      refused(post("/engine-rest/task/" + taskId + "/assignee").as(colleague).json(Map.of("userId", colleague)).send(), 403);
      refused(post("/engine-rest/task/" + taskId + "/complete").as(colleague).json(withVariables(task.validFields())).send(), 409);
      refused(post("/engine-rest/task/" + taskId + "/submit-form").as(colleague).json(withVariables(task.validFields())).send(), 409);
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(task.worker());
    // the claimant completes it
    assertThat(post("/engine-rest/task/" + taskId + "/submit-form").as(task.worker()).json(withVariables(task.validFields())).send().status())
        .isEqualTo(204);
  }

  /** A second clerk of the unit of {@code clerk} (created once), with the demo password. */
  private String colleagueOf(String clerk) {
    String colleague = clerk + "-colleague";
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(colleague).count() == 0) {
      var user = identity.newUser(colleague);
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
      for (var group : identity.createGroupQuery().groupMember(clerk).list()) {
        identity.createMembership(colleague, group.getId());
      }
    }
    return colleague;
  }

  // ---- points 1 and 2: starts ----------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> aCaseStartsOnlyAtItsStartEventWithItsStartFormForTheStartersOwnUnit() {
    return AttackedProcesses.ALL.stream().map(process -> DynamicTest.dynamicTest(process.key(), () -> attackStarts(process)));
  }

  private void attackStarts(AttackedProcess process) {
    if (process.systemStartOnly()) {
      attackSystemStarts(process);
      return;
    }
    String start = "/engine-rest/process-definition/key/" + process.key() + "/start";
    String submit = "/engine-rest/process-definition/key/" + process.key() + "/submit-form";
    Map<String, Object> forged = process.systemVariables().apply(this);
    Map<String, Object> ownSubject = process.foreignSubject().apply(this);
    Map<String, Object> foreignStart = process.foreignStart().apply(this);
    nothingChanges(process.key() + ": forged starts", () -> {
      // routing variables at start (the start inputs among them are checked for the starter's unit)
      for (Map.Entry<String, Object> variable : forged.entrySet()) {
        Map<String, Object> variables = merged(process.validStart().apply(this), Map.of(variable.getKey(), variable.getValue()));
        for (String path : List.of(start, submit)) {
          refusedWithOneOf(post(path).as(process.starter()).json(withVariables(variables)).send(), 400, 403)
              .naming(variable.getKey());
        }
      }
      refused(post(start).as(process.starter()).json(withVariables(merged(process.validStart().apply(this), Map.of("foo", "1")))).send(), 400)
          .naming("foo").saying("不是本表单的字段");
      // start instructions, skipped listeners and I/O mappings: the forged starts, by every clerk
      List<String> starters = new ArrayList<>(process.foreignStarters());
      starters.add(0, process.starter());
      // what the forged start would write: the subject, forged routing, every task's fields (e.g. members, an approval number)
      Map<String, Object> everything = new LinkedHashMap<>();
      process.tasks().forEach(task -> everything.putAll(task.validFields()));
      everything.putAll(forged);
      everything.putAll(ownSubject);
      for (String activity : process.forgedStartActivities()) {
        for (String user : starters) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("variables", variables(everything));
          body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activity)));
          body.put("skipCustomListeners", true);
          body.put("skipIoMappings", true);
          refused(post(start).as(user).json(body).send(), 403).saying("只能从流程的开始节点发起");
        }
        Map<String, Object> instructionsOnly = new LinkedHashMap<>(withVariables(process.validStart().apply(this)));
        instructionsOnly.put("startInstructions", List.of(Map.of("type", "startAfterActivity", "activityId", activity)));
        refused(post(start).as(process.starter()).json(instructionsOnly).send(), 403).saying("只能从流程的开始节点发起");
      }
      for (String flag : List.of("skipCustomListeners", "skipIoMappings")) {
        Map<String, Object> body = new LinkedHashMap<>(withVariables(process.validStart().apply(this)));
        body.put(flag, true);
        // without start instructions the engine itself refuses the flags (for everybody): 400
        refusedWithOneOf(post(start).as(process.starter()).json(body).send(), 400, 403);
      }
      // the starter's subject, started by clerks of other units and of the town above
      for (String user : process.foreignStarters()) {
        for (String path : List.of(start, submit)) {
          Refusal refusal = refusedWithOneOf(post(path).as(user).json(withVariables(foreignStart)).send(), 400, 403);
          List<String> named = process.foreignStartFields() == null ? List.copyOf(foreignStart.keySet()) : process.foreignStartFields();
          assertThat(refusal.body.get("field")).as("%s", refusal.answer).isIn(named.toArray());
        }
      }
      // managers and analysts start nothing; anonymous callers are asked to log in
      for (String user : List.of("analyst", "chengguan-manager", "county-manager")) {
        refusedWithOneOf(post(start).as(user).json(withVariables(process.validStart().apply(this))).send(), 400, 403);
      }
      refusedWithOneOf(
          post("/engine-rest/process-definition/key/" + process.key() + "/tenant-id/SFX-CG-XJ/start").as(process.starter())
              .json(withVariables(process.validStart().apply(this))).send(), 403, 404);
      refused(post(start).json(withVariables(process.validStart().apply(this))).send(), 401);
    });
    // the starter's own subject with nothing forged starts: the refusals were about the forgeries
    Answer own = post(start).as(process.starter()).json(withVariables(ownSubject)).send();
    assertThat(own.status()).as("%s", own).isEqualTo(200);
  }

  /**
   * A process only the system starts: no user — its own unit's clerk, another unit's, a manager, an analyst —
   * starts it, with or without its subject, forged variables or start instructions, on any way in.
   */
  private void attackSystemStarts(AttackedProcess process) {
    String start = "/engine-rest/process-definition/key/" + process.key() + "/start";
    String submit = "/engine-rest/process-definition/key/" + process.key() + "/submit-form";
    Map<String, Object> forged = process.systemVariables().apply(this);
    Map<String, Object> subject = process.foreignSubject().apply(this);
    List<String> users = new ArrayList<>(process.foreignStarters());
    users.add(0, process.starter());
    users.addAll(List.of("analyst", "chengguan-manager", "county-manager"));
    nothingChanges(process.key() + ": users' starts of a process the system starts", () -> {
      for (String user : users) {
        for (Map<String, Object> variables : List.of(process.validStart().apply(this), subject, merged(subject, forged))) {
          for (String path : List.of(start, submit)) {
            refused(post(path).as(user).json(withVariables(variables)).send(), 403).saying("由系统发起");
          }
        }
        for (String activity : process.forgedStartActivities()) {
          Map<String, Object> body = new LinkedHashMap<>(withVariables(merged(subject, forged)));
          body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activity)));
          body.put("skipCustomListeners", true);
          refused(post(start).as(user).json(body).send(), 403).saying("只能从流程的开始节点发起");
        }
      }
      refused(post(start).json(withVariables(subject)).send(), 401);
    });
  }

  // ---- point 2: what only administrators do ---------------------------------------------------------

  /** One forbidden operation: method, path and body with placeholders for the case's ids. */
  record Operation(String method, String path, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final List<Operation> CASE_OPERATIONS =
      List.of(
          new Operation("PUT", "/process-instance/{pi}/variables/approverUnitCode", "{\"value\":\"SFX-CG-DJ\"}"),
          new Operation("POST", "/process-instance/{pi}/variables", "{\"modifications\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("DELETE", "/process-instance/{pi}/variables/orgUnitCode", null),
          new Operation("PUT", "/execution/{pi}/localVariables/approverUnitCode", "{\"value\":\"SFX-CG-DJ\"}"),
          new Operation("POST", "/execution/{pi}/localVariables", "{\"modifications\":{\"orgUnitCode\":{\"value\":\"SFX-CG-XJ\"}}}"),
          new Operation("PUT", "/task/{task}/variables/approverUnitCode", "{\"value\":\"SFX-CG-DJ\"}"),
          new Operation("POST", "/task/{task}/variables", "{\"modifications\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("PUT", "/task/{task}/localVariables/approverUnitCode", "{\"value\":\"SFX-CG-DJ\"}"),
          new Operation("POST", "/task/{task}/localVariables", "{\"modifications\":{\"eightHavesDelay\":{\"value\":\"garbage\"}}}"),
          new Operation("DELETE", "/task/{task}/variables/orgUnitCode", null),
          new Operation("POST", "/process-instance/variables-async",
              "{\"processInstanceIds\":[\"{pi}\"],\"variables\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("POST", "/message",
              "{\"messageName\":\"forged\",\"processInstanceId\":\"{pi}\",\"processVariables\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("POST", "/message", "{\"messageName\":\"forged\",\"all\":true,\"processVariables\":{\"orgUnitCode\":{\"value\":\"SFX-CG-XJ\"}}}"),
          new Operation("POST", "/signal", "{\"name\":\"forged\",\"variables\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("POST", "/execution/{pi}/signal", "{\"variables\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("POST", "/condition", "{\"variables\":{\"approverUnitCode\":{\"value\":\"SFX-CG-DJ\"}}}"),
          new Operation("POST", "/process-instance/{pi}/modification",
              "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"{job-activity}\"}]}"),
          new Operation("POST", "/process-instance/{pi}/modification",
              "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"{task-activity}\"}]}"),
          new Operation("POST", "/process-definition/{def}/restart",
              "{\"processInstanceIds\":[\"{pi}\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"{job-activity}\"}]}"),
          new Operation("POST", "/process-definition/{def}/restart-async",
              "{\"processInstanceIds\":[\"{pi}\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"{job-activity}\"}]}"),
          new Operation("POST", "/migration/execute",
              "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"{def}\",\"targetProcessDefinitionId\":\"{def}\",\"instructions\":[]},\"processInstanceIds\":[\"{pi}\"]}"),
          new Operation("POST", "/migration/executeAsync",
              "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"{def}\",\"targetProcessDefinitionId\":\"{def}\",\"instructions\":[]},\"processInstanceIds\":[\"{pi}\"]}"),
          new Operation("PUT", "/job/{job}/retries", "{\"retries\":5}"),
          new Operation("POST", "/job/{job}/execute", null),
          new Operation("PUT", "/job/{job}/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"),
          new Operation("PUT", "/job/{job}/suspended", "{\"suspended\":true}"),
          new Operation("PUT", "/job/{job}/priority", "{\"priority\":10}"),
          new Operation("DELETE", "/job/{job}", null),
          new Operation("POST", "/job/retries", "{\"jobIds\":[\"{job}\"],\"retries\":5}"),
          new Operation("POST", "/process-instance/job-retries", "{\"processInstances\":[\"{pi}\"],\"retries\":5}"),
          new Operation("PUT", "/job-definition/{job-definition}/retries", "{\"retries\":5}"),
          new Operation("PUT", "/job-definition/{job-definition}/suspended", "{\"suspended\":true,\"includeJobs\":true}"),
          new Operation("PUT", "/incident/{incident}/annotation", "{\"annotation\":\"已处理\"}"),
          new Operation("DELETE", "/incident/{incident}", null),
          new Operation("DELETE", "/process-instance/{pi}", null),
          new Operation("POST", "/process-instance/delete", "{\"processInstanceIds\":[\"{pi}\"],\"deleteReason\":\"forged\"}"),
          new Operation("PUT", "/process-instance/{pi}/suspended", "{\"suspended\":true}"),
          new Operation("PUT", "/process-instance/suspended", "{\"processInstanceIds\":[\"{pi}\"],\"suspended\":true}"),
          new Operation("PUT", "/process-definition/{def}/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}"),
          new Operation("PUT", "/process-definition/{def}/history-time-to-live", "{\"historyTimeToLive\":1}"),
          new Operation("DELETE", "/process-definition/{def}?cascade=true", null),
          new Operation("DELETE", "/deployment/{deployment}?cascade=true", null),
          new Operation("DELETE", "/history/process-instance/{pi}", null),
          new Operation("POST", "/history/process-instance/delete", "{\"historicProcessInstanceIds\":[\"{pi}\"],\"deleteReason\":\"forged\"}"),
          new Operation("POST", "/history/process-instance/set-removal-time",
              "{\"historicProcessInstanceIds\":[\"{pi}\"],\"absoluteRemovalTime\":\"2020-01-01T00:00:00.000+0000\"}"),
          new Operation("DELETE", "/task/{task}", null),
          new Operation("PUT", "/task/{task}", "{\"name\":\"伪造\",\"assignee\":\"xijie-clerk\",\"tenantId\":\"SFX-CG-XJ\"}"),
          new Operation("POST", "/task/{task}/identity-links", "{\"groupId\":\"SFX-CG-XJ\",\"type\":\"candidate\"}"),
          new Operation("POST", "/task/{task}/identity-links/delete", "{\"groupId\":\"{task-group}\",\"type\":\"candidate\"}"),
          new Operation("POST", "/task/{task}/assignee", "{\"userId\":\"xijie-clerk\"}"),
          new Operation("POST", "/task/{task}/delegate", "{\"userId\":\"xijie-clerk\"}"),
          new Operation("POST", "/task/{task}/resolve", "{\"variables\":{}}"),
          new Operation("POST", "/task/{task}/bpmnError", "{\"errorCode\":\"forged\"}"),
          new Operation("POST", "/task/{task}/bpmnEscalation", "{\"escalationCode\":\"forged\"}"),
          new Operation("POST", "/task/create", "{\"id\":\"forged-task\",\"name\":\"伪造\",\"tenantId\":\"SFX-CG-DJ\",\"candidateGroup\":\"SFX-CG-DJ\"}"),
          new Operation("POST", "/external-task/fetchAndLock",
              "{\"workerId\":\"forged\",\"maxTasks\":5,\"topics\":[{\"topicName\":\"any\",\"lockDuration\":60000}]}"),
          new Operation("POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"伪造\",\"query\":{}}"));

  @TestFactory
  Stream<DynamicTest> nonAdministratorsCannotModifyRestartMigrateDeleteOrRerouteACase() {
    return AttackedProcesses.ALL.stream().map(process -> DynamicTest.dynamicTest(process.key(), () -> attackOperations(process)));
  }

  private void attackOperations(AttackedProcess process) {
    TaskTarget first = process.task(process.raceTask());
    String withTask = caseAt(process, first);
    String withJob = process.startCase().apply(this, process.unit());
    String jobActivity = process.forgedStartActivities().get(process.forgedStartActivities().size() - 1);
    moveTo(withJob, jobActivity, Map.of());
    var management = engine.getManagementService();
    var job = management.createJobQuery().processInstanceId(withJob).singleResult();
    assertThat(job).as("the case waits in %s as a job", jobActivity).isNotNull();
    String taskId = taskId(withTask, first.taskKey());
    // on the task's execution: a case with parallel branches has no activity on its root execution
    String taskExecution = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getExecutionId();
    var incident = engine.getRuntimeService().createIncident("failedJob", taskExecution, "攻击测试");
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(process.key()).latestVersion().singleResult();
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("{pi}", withTask);
    ids.put("{task}", taskId);
    ids.put("{task-activity}", first.taskKey());
    ids.put("{task-group}", engine.getTaskService().getIdentityLinksForTask(taskId).get(0).getGroupId());
    ids.put("{job}", job.getId());
    ids.put("{job-activity}", jobActivity);
    ids.put("{job-definition}", job.getJobDefinitionId());
    ids.put("{incident}", incident.getId());
    ids.put("{def}", definition.getId());
    ids.put("{deployment}", definition.getDeploymentId());

    List<String> callers = new ArrayList<>(NON_ADMINISTRATORS);
    callers.add("anonymous");
    nothingChanges(process.key() + ": what only administrators do", () -> forEachUser(callers, user -> {
      for (Operation operation : CASE_OPERATIONS) {
        String path = "/engine-rest" + replace(operation.path(), ids);
        String body = operation.body() == null ? null : replace(operation.body(), ids);
        Call call = user.equals("anonymous") ? call(operation.method(), path) : call(operation.method(), path).as(user);
        Answer answer = (body == null ? call : call.json(body)).send();
        if (user.equals("anonymous")) {
          refused(answer, 401);
        } else if (user.equals(first.worker()) && !path.contains("/deployment/")) {
          refused(answer, 403);
        } else {
          refusedWithOneOf(answer, 403, 404);
        }
      }
      return true;
    }));
    // an administrator may: the refusals above were the guard's, not broken requests
    Answer admin =
        put("/engine-rest/process-instance/" + withTask + "/variables/gonghuiProbe").as("admin").json("{\"value\":\"ok\"}").send();
    assertThat(admin.status()).as("%s", admin).isEqualTo(204);
    Answer retries = put("/engine-rest/job/" + job.getId() + "/retries").as("admin").json("{\"retries\":2}").send();
    assertThat(retries.status()).as("%s", retries).isEqualTo(204);
    Answer resolve = delete("/engine-rest/incident/" + incident.getId()).as("admin").send();
    assertThat(resolve.status()).as("%s", resolve).isIn(204, 400); // a failedJob incident is resolved by its job
  }

  /** Identity and rights: nobody but an administrator joins a unit, grants a right or edits another user. */
  @Test
  void nonAdministratorsCannotJoinAnotherUnitGrantRightsOrEditOtherUsers() {
    List<Operation> operations =
        List.of(
            new Operation("PUT", "/tenant/SFX-CG-XJ/user-members/{user}", null),
            new Operation("PUT", "/tenant/SFX-CG-XJ/group-members/SFX-CG-DJ", null),
            new Operation("PUT", "/group/SFX-CG-XJ/members/{user}", null),
            new Operation("PUT", "/group/camunda-admin/members/{user}", null),
            new Operation("DELETE", "/group/SFX-CG-XJ/members/xijie-clerk", null),
            new Operation("POST", "/authorization/create",
                "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"{user}\",\"resourceType\":8,\"resourceId\":\"*\"}"),
            new Operation("POST", "/user/create", "{\"profile\":{\"id\":\"forged-user\"},\"credentials\":{\"password\":\"Forged-1-Secret\"}}"),
            new Operation("PUT", "/user/{other}/profile", "{\"id\":\"{other}\",\"firstName\":\"伪造\",\"lastName\":\"伪造\"}"),
            new Operation("PUT", "/user/{other}/credentials", "{\"password\":\"Forged-1-Secret\",\"authenticatedUserPassword\":\"" + DEMO_PASSWORD + "\"}"),
            new Operation("DELETE", "/user/{other}", null),
            new Operation("POST", "/group/create", "{\"id\":\"forged-group\",\"name\":\"伪造\",\"type\":\"WORKFLOW\"}"),
            new Operation("POST", "/tenant/create", "{\"id\":\"forged-tenant\",\"name\":\"伪造\"}"));
    nothingChanges("identity and rights", () -> {
      for (Operation operation : operations) {
        for (String user : NON_ADMINISTRATORS) {
          Map<String, String> ids = Map.of("{user}", user, "{other}", user.equals("xijie-clerk") ? "hepan-clerk" : "xijie-clerk");
          String path = "/engine-rest" + replace(operation.path(), ids);
          Call call = call(operation.method(), path).as(user);
          Answer answer = (operation.body() == null ? call : call.json(replace(operation.body(), ids))).send();
          refusedWithOneOf(answer, 403, 404);
        }
      }
    });
  }

  private static String replace(String text, Map<String, String> ids) {
    String replaced = text;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      replaced = replaced.replace(id.getKey(), id.getValue());
    }
    return replaced;
  }
}
