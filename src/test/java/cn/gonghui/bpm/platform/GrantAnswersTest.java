package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kept answers of the authorization check ({@link GrantAnswers}): a repeated DMN evaluation asks the database no
 * authorization question, and a grant given or taken away counts from the next request.
 */
class GrantAnswersTest extends PostgresIntegrationTest {

  private static final String DECISION = "union-founding-approval-authority";

  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  private final List<String> users = new ArrayList<>();
  private final List<String> grants = new ArrayList<>();

  @AfterEach
  void removeTestUsersAndGrants() {
    grants.forEach(id -> {
      if (authorizationService.createAuthorizationQuery().authorizationId(id).count() > 0) {
        authorizationService.deleteAuthorization(id);
      }
    });
    users.forEach(identityService::deleteUser);
  }

  @Test
  void repeatedEvaluationsAskTheDatabaseNoAuthorizationQuestion() {
    jdbc.execute("create extension if not exists pg_stat_statements");
    assertThat(evaluate("analyst")).isEqualTo(200);
    jdbc.execute("select pg_stat_statements_reset()");

    for (int i = 0; i < 5; i++) {
      assertThat(evaluate("analyst")).isEqualTo(200);
    }

    // without kept answers: the check that the analyst may evaluate, once per evaluation, and the definition query
    // joined with the grants
    assertThat(calls("%ACT_RU_AUTHORIZATION%")).as("statements about grants").isZero();
    assertThat(calls("select distinct RES.* from ACT_RE_DECISION_DEF RES %")).isEqualTo(5);
  }

  @Test
  void aGrantTakenAwayOrGivenCountsFromTheNextRequest() {
    String user = newUser();
    String read = grant(user, DECISION, Permissions.READ);
    String evaluateAny = grant(user, Authorization.ANY, Permissions.CREATE_INSTANCE);
    assertThat(evaluate(user)).isEqualTo(200);
    assertThat(evaluate(user)).isEqualTo(200);

    authorizationService.deleteAuthorization(evaluateAny);
    assertThat(evaluate(user)).as("may read, may not evaluate").isEqualTo(403);
    assertThat(evaluate(user)).isEqualTo(403);

    Authorization readAndEvaluate = authorizationService.createAuthorizationQuery().authorizationId(read).singleResult();
    readAndEvaluate.addPermission(Permissions.CREATE_INSTANCE);
    authorizationService.saveAuthorization(readAndEvaluate);
    assertThat(evaluate(user)).as("the refusal is not kept past a new grant").isEqualTo(200);

    authorizationService.deleteAuthorization(read);
    assertThat(evaluate(user)).as("may not read the decision any more").isEqualTo(404);
  }

  @Test
  void aChangeOfAGrantOnEverythingCountsFromTheNextRequest() {
    String user = newUser();
    String everything = grant(user, Authorization.ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    assertThat(evaluate(user)).isEqualTo(200);

    Authorization changed = authorizationService.createAuthorizationQuery().authorizationId(everything).singleResult();
    changed.removePermission(Permissions.CREATE_INSTANCE);
    authorizationService.saveAuthorization(changed);
    assertThat(evaluate(user)).isEqualTo(403);
  }

  @Test
  void onlyQuestionsAboutWholeKindsOfThingsAreKept() {
    assertThat(GrantAnswers.key("u", List.of("b", "a"), check(Resources.DECISION_DEFINITION, DECISION)))
        .isEqualTo(GrantAnswers.key("u", List.of("a", "b"), check(Resources.DECISION_DEFINITION, DECISION)))
        .isNotNull();
    assertThat(GrantAnswers.key("u", List.of(), check(Resources.PROCESS_INSTANCE, Authorization.ANY))).isNotNull();
    assertThat(GrantAnswers.key("u", List.of(), check(Resources.PROCESS_INSTANCE, null))).as("the kind as a whole").isNotNull()
        .isNotEqualTo(GrantAnswers.key("u", List.of(), check(Resources.PROCESS_INSTANCE, Authorization.ANY)));
    assertThat(GrantAnswers.key("u", List.of(), check(Resources.PROCESS_INSTANCE, UUID.randomUUID().toString()))).isNull();
    assertThat(GrantAnswers.key("u", List.of(), check(Resources.TASK, UUID.randomUUID().toString()))).isNull();
    assertThat(GrantAnswers.key("u", List.of("a"), check(Resources.DECISION_DEFINITION, DECISION)))
        .isNotEqualTo(GrantAnswers.key("u", List.of("a", "b"), check(Resources.DECISION_DEFINITION, DECISION)))
        .isNotEqualTo(GrantAnswers.key("v", List.of("a"), check(Resources.DECISION_DEFINITION, DECISION)));
  }

  @Test
  void anAnswerFromACheckThatAChangeOfGrantsOverlappedIsNotUsed() {
    CompositePermissionCheck check = check(Resources.DECISION_DEFINITION, "overlap-" + UUID.randomUUID());
    AtomicInteger asked = new AtomicInteger();

    // a change of grants commits while the first check runs
    assertThat(GrantAnswers.answer("u", List.of(), check, () -> {
      asked.incrementAndGet();
      GrantAnswers.forgetAll();
      return true;
    })).isTrue();
    assertThat(GrantAnswers.answer("u", List.of(), check, () -> asked.incrementAndGet() < 0)).isFalse();
    assertThat(GrantAnswers.answer("u", List.of(), check, () -> asked.incrementAndGet() > 0)).as("kept").isFalse();
    assertThat(asked).hasValue(2);
  }

  @Test
  void anAnswerIsAskedAgainWhenItsTimeIsUp() throws InterruptedException {
    CompositePermissionCheck check = check(Resources.DECISION_DEFINITION, "expiry-" + UUID.randomUUID());
    AtomicInteger asked = new AtomicInteger();
    GrantAnswers.keepFor(50_000_000L);
    try {
      assertThat(GrantAnswers.answer("u", List.of(), check, () -> asked.incrementAndGet() > 0)).isTrue();
      assertThat(GrantAnswers.answer("u", List.of(), check, () -> asked.incrementAndGet() < 0)).as("kept").isTrue();
      Thread.sleep(100);
      assertThat(GrantAnswers.answer("u", List.of(), check, () -> asked.incrementAndGet() < 0)).as("asked again").isFalse();
      assertThat(asked).hasValue(2);
    } finally {
      GrantAnswers.keepFor(GrantAnswers.TTL_SECONDS * 1_000_000_000L);
    }
  }

  private int evaluate(String user) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = Map.of("variables", Map.of("employeeCount", Map.of("value", 42, "type", "Integer")));
    return rest.exchange("http://localhost:" + port + "/engine-rest/decision-definition/key/" + DECISION + "/evaluate",
            HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
        .getStatusCode().value();
  }

  private long calls(String like) {
    Long calls = jdbc.queryForObject(
        "select coalesce(sum(calls), 0) from pg_stat_statements where regexp_replace(query, '\\s+', ' ', 'g') like ?",
        Long.class, like);
    return calls == null ? 0 : calls;
  }

  private String newUser() {
    String id = "grant-answers-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword(DEMO_PASSWORD);
    identityService.saveUser(user);
    users.add(id);
    return id;
  }

  private String grant(String user, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setResource(Resources.DECISION_DEFINITION);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    String id = authorizationService.saveAuthorization(authorization).getId();
    grants.add(id);
    return id;
  }

  private static CompositePermissionCheck check(Resources resource, String resourceId) {
    PermissionCheck atomic = new PermissionCheck();
    atomic.setResource(resource);
    atomic.setResourceId(resourceId);
    atomic.setPermission(Permissions.READ);
    CompositePermissionCheck check = new CompositePermissionCheck(true);
    check.addAtomicCheck(atomic);
    return check;
  }
}
