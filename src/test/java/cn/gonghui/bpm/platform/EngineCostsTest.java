package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.founding.FoundingProcess;
import cn.gonghui.bpm.platform.validation.CreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a case costs the database, and the engine settings that keep it small (docs/performance.md). */
class EngineCostsTest extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aStartKeepsItsVariablesValuesButNoDetailsAndNoCopyOfTheLedgerFields() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(FoundingProcess.PROCESS_KEY, startForm("SFX-CG-DJ"));

    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .contains(CaseVariables.ORG_UNIT_CODE, FoundingProcess.VAR_ENTERPRISE_ID, FoundingProcess.VAR_EMPLOYEE_COUNT)
        .doesNotContain(FoundingProcess.FIELD_CREDIT_CODE, FoundingProcess.FIELD_ADDRESS, FoundingProcess.FIELD_OWNER_NAME,
            FoundingProcess.FIELD_COMMUNITY_CODE);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .variableName(FoundingProcess.VAR_EMPLOYEE_COUNT).singleResult().getValue())
        .isEqualTo(42);

    // a later change of the case is recorded step by step, as before
    runtimeService.setVariable(instance.getId(), FoundingProcess.VAR_EMPLOYEE_COUNT, 43);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().count()).isOne();
  }

  @Test
  void aStartLeavesNoHistoryOfVariablesThatLivedOnlyInItsTransactionNorOfDisplayCopies() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(FoundingProcess.PROCESS_KEY, startForm("SFX-CG-DJ"));

    List<String> runtime =
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list().stream()
            .map(org.camunda.bpm.engine.runtime.VariableInstance::getName).toList();
    List<String> history =
        historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
            .map(HistoricVariableInstance::getName).toList();
    // the approving unit's step ran with its input mappings (fromUnit, level, resultVariable) and ended
    assertThat(runtime).contains(FoundingProcess.VAR_APPROVER_UNIT_CODE, CaseVariables.ORG_UNIT_NAME, FoundingProcess.VAR_ENTERPRISE_NAME);
    assertThat(history).doesNotContain("fromUnit", "level", "resultVariable", CaseVariables.ORG_UNIT_NAME, FoundingProcess.VAR_ENTERPRISE_NAME);
    // the display copies (unit's name, enterprise's name) have no history; every other variable has its row
    assertThat(history).containsExactlyInAnyOrderElementsOf(
        runtime.stream().filter(name -> !name.equals(CaseVariables.ORG_UNIT_NAME) && !name.equals(FoundingProcess.VAR_ENTERPRISE_NAME)).toList());
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId(FoundingProcess.TASK_ASSIGN_APPROVING_UNIT).finished().count())
        .isOne();
  }

  @Test
  void noGrantIsWrittenForACaseOrItsTasksAndNoOpLogRowForAStartByTheSystem() {
    long grants = count("select count(*) from ACT_RU_AUTHORIZATION");
    long opLog = count("select count(*) from ACT_HI_OP_LOG");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(FoundingProcess.PROCESS_KEY, startForm("SFX-QS-HP"));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.claim(task.getId(), "hepan-clerk");

    assertThat(count("select count(*) from ACT_RU_AUTHORIZATION")).isEqualTo(grants);
    assertThat(count("select count(*) from ACT_HI_OP_LOG where PROC_INST_ID_ = '" + instance.getId() + "' and OPERATION_TYPE_ = 'Create'"))
        .isZero();
    assertThat(count("select count(*) from ACT_HI_OP_LOG where ENTITY_TYPE_ in ('Authorization', 'TenantMembership')")).isZero();
    assertThat(count("select count(*) from ACT_HI_OP_LOG")).isGreaterThanOrEqualTo(opLog);
  }

  @Test
  void theEngineUsesThePlatformsFeelEngineAndTakesTheUsersGroupsWithoutAQuery() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(CachingFeelEngine.class);
    // no query for revoke authorizations in every command
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    AuthorizationManager manager =
        configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager.filterAuthenticatedGroupIds(List.of("clerks", "SFX-CG-DJ", "clerks")))
        .containsExactly("clerks", "SFX-CG-DJ");
  }

  @Test
  void instanceListsSkipTheGrantsJoinOnlyForUsersWhoseGrantsCoverEveryInstance() {
    // clerks and managers hold READ on every instance ('*'); which cases they see is their tenants' business
    assertThat(authorizationJoin("hepan-clerk", List.of(Roles.CLERKS, "SFX-CG-DJ"), false)).isFalse();
    assertThat(authorizationJoin("hepan-clerk", List.of(Roles.CLERKS, "SFX-CG-DJ"), true)).isFalse();
    assertThat(authorizationJoin("sfx-manager", List.of(Roles.MANAGERS, "SFX.managers"), false)).isFalse();
    // an analyst holds no such grant: the join stays, and finds nothing
    assertThat(authorizationJoin("an-analyst", List.of(Roles.ANALYSTS), false)).isTrue();
    assertThat(authorizationJoin("an-analyst", List.of(Roles.ANALYSTS), true)).isTrue();
  }

  /** Whether a process-instance list (runtime or history) of this user still joins the grants. */
  private boolean authorizationJoin(String user, List<String> groups, boolean history) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // the command runs as the system (the platform refuses a user's unknown commands); the query inside as the user
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      engine.getIdentityService().setAuthentication(user, groups, List.of());
      try {
        if (history) {
          var query = new HistoricProcessInstanceQueryImpl();
          context.getAuthorizationManager().configureHistoricProcessInstanceQuery(query);
          return query.getAuthCheck().isAuthorizationCheckEnabled();
        }
        var query = new ProcessInstanceQueryImpl();
        context.getAuthorizationManager().configureExecutionQuery(query);
        return query.getAuthCheck().isAuthorizationCheckEnabled();
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    });
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }

  private static Map<String, Object> startForm(String community) {
    String first17 = "95" + String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    Map<String, Object> variables = new HashMap<>();
    variables.put(FoundingProcess.FIELD_COMMUNITY_CODE, community);
    variables.put(FoundingProcess.FIELD_ENTERPRISE_NAME, "成本测试企业" + first17);
    variables.put(FoundingProcess.FIELD_CREDIT_CODE, first17 + CreditCode.checkCharacter(first17));
    variables.put(FoundingProcess.FIELD_ADDRESS, "测试路1号");
    variables.put(FoundingProcess.FIELD_OWNER_NAME, "王五");
    variables.put(FoundingProcess.VAR_EMPLOYEE_COUNT, 42);
    variables.put(FoundingProcess.VAR_FEMALE_EMPLOYEE_COUNT, 20);
    variables.put(FoundingProcess.VAR_HAS_PARTY_ORGANISATION, true);
    return variables;
  }
}
