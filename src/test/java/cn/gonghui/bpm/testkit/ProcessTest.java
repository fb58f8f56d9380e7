package cn.gonghui.bpm.testkit;

import org.junit.jupiter.api.Tag;
import cn.gonghui.bpm.GonghuiApplication;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.platform.ModelLint;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Base of the process tests: the whole application (real services, real engine plugins, the models deployed
 * as at start-up) on an in-memory H2 database, with the demo county's org units, the job executor off (tests
 * run timers and async steps with {@code execute(job())}) and process-test coverage: each test class must
 * cover at least 90% of the flow nodes and sequence flows of the processes it runs (report under
 * target/process-test-coverage). Every subclass keeps this configuration, so one Spring context serves them
 * all; tests must not depend on each other's data (use {@link TestIdentities#newCreditCode()}).
 *
 * <p>Steps are done as a user of a unit ({@link #asClerkOf}), so the platform's guard checks what a clerk
 * may send and who may work on which task, exactly as through Tasklist.
 */
@Tag("process-tests")
@SpringBootTest(
    classes = GonghuiApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "gonghui.data-dir=target/process-test-data",
      "gonghui.admin.user=admin",
      "gonghui.admin.password=process-test-Admin-1",
      "gonghui.org.data-file=classpath:org/demo-org-units.json",
      "camunda.bpm.job-execution.enabled=false",
      // engines register by name JVM-wide: the default name would shadow the REST tests' engine in this JVM (a
      // name with a hyphen is ignored by Camunda, which then registers this engine as "default" after all)
      "camunda.bpm.process-engine-name=processtests"
    })
@Import(ProcessTest.Coverage.class)
public abstract class ProcessTest {

  public static final String COUNTY = "SFX";
  public static final String TOWN = "SFX-CG";
  public static final String COMMUNITY = "SFX-CG-DJ";
  public static final String OTHER_COMMUNITY = "SFX-CG-XJ";

  @Autowired protected ProcessEngine engine;

  /** Coverage of the processes run by each test class: at least 90%, reported under target/. */
  @TestConfiguration
  @Import(ProcessEngineCoverageConfiguration.class)
  static class Coverage {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder()
          .assertClassCoverageAtLeast(0.9)
          .reportDirectory(ModelLint.projectRoot().resolve("target/process-test-coverage").toString())
          .build();
    }
  }

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetAssertions() {
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
  }

  /**
   * Process variables are primitives or JSON, never Java-serialized objects (which a form would show as
   * base64 and a class change would break): checked after every test, in the runtime and in the history.
   */
  @AfterEach
  void noVariableIsJavaSerialized() {
    List<String> serialized =
        engine.getHistoryService().createHistoricVariableInstanceQuery().disableBinaryFetching().list().stream()
            .filter(v -> "object".equals(v.getTypeName()))
            .filter(v -> v.getTypedValue() instanceof ObjectValue object
                && !Variables.SerializationDataFormats.JSON.getName().equals(object.getSerializationDataFormat()))
            .map(v -> v.getName() + " (" + ((ObjectValue) v.getTypedValue()).getSerializationDataFormat() + ")")
            .distinct()
            .toList();
    Assertions.assertThat(serialized).as("process variables that are not JSON").isEmpty();
  }

  /** The user id of the test clerk of a unit (created on first use, member of clerks and the unit's group). */
  protected String clerkOf(String unitCode) {
    String userId = "test-clerk." + unitCode;
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("测试");
      user.setLastName(unitCode + "办事员");
      user.setPassword("test-Clerk-1");
      identity.saveUser(user);
      identity.createMembership(userId, Roles.CLERKS);
      identity.createMembership(userId, unitCode);
    }
    return userId;
  }

  /** Runs {@code work} authenticated as the clerk of a unit, as Tasklist or REST would. */
  protected <T> T asClerkOf(String unitCode, Supplier<T> work) {
    return as(clerkOf(unitCode), work);
  }

  protected void asClerkOf(String unitCode, Runnable work) {
    asClerkOf(unitCode, () -> {
      work.run();
      return null;
    });
  }

  /** Runs {@code work} authenticated as {@code userId} with their groups and tenants. */
  protected <T> T as(String userId, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Completes the task as the clerk of {@code unitCode} with the form's fields. */
  protected void completeAs(String unitCode, Task task, Map<String, Object> form) {
    asClerkOf(unitCode, () -> engine.getTaskService().complete(task.getId(), form));
  }

  /** Starts a process as the clerk of {@code unitCode} with the start form's fields. */
  protected ProcessInstance startAs(String unitCode, String processKey, Map<String, Object> form) {
    return asClerkOf(unitCode, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, form));
  }
}
