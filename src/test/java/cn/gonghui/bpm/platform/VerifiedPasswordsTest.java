package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HTTP Basic passwords accepted moments ago are not checked again ({@link VerifiedPasswords}), and nothing a user
 * could rely on changes: a new password, a deleted user and a wrong password take effect on the next request.
 */
class VerifiedPasswordsTest extends PostgresIntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anAcceptedPasswordIsNotCheckedAgainWithinItsSeconds() {
    String userId = user("Kept-Password-1");
    assertThat(engineRest(userId, "Kept-Password-1")).isEqualTo(HttpStatus.OK);

    // Behind the identity service's back: only a request that skips the check still passes.
    jdbc.update("update ACT_ID_USER set PWD_ = '{SHA-512}bm8tbG9uZ2VyLXZhbGlk' where ID_ = ?", userId);
    assertThat(engineRest(userId, "Kept-Password-1")).isEqualTo(HttpStatus.OK);
    assertThat(api(userId, "Kept-Password-1")).isNotEqualTo(HttpStatus.UNAUTHORIZED);

    VerifiedPasswords.forgetAll();
    assertThat(engineRest(userId, "Kept-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aChangedPasswordIsRefusedOnTheNextRequest() {
    String userId = user("Old-Password-1");
    assertThat(engineRest(userId, "Old-Password-1")).isEqualTo(HttpStatus.OK);
    assertThat(api(userId, "Old-Password-1")).isNotEqualTo(HttpStatus.UNAUTHORIZED);

    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword("New-Password-2");
    identityService.saveUser(user);

    assertThat(engineRest(userId, "New-Password-2")).isEqualTo(HttpStatus.OK);
    assertThat(engineRest(userId, "Old-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api(userId, "Old-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDeletedUserIsRefusedOnTheNextRequest() {
    String userId = user("Deleted-Password-1");
    assertThat(engineRest(userId, "Deleted-Password-1")).isEqualTo(HttpStatus.OK);

    identityService.deleteUser(userId);

    assertThat(engineRest(userId, "Deleted-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aWrongPasswordIsNeverKeptAndCamundasDelayAfterItStillApplies() {
    String userId = user("Right-Password-1");
    assertThat(engineRest(userId, "Right-Password-1")).isEqualTo(HttpStatus.OK);

    assertThat(engineRest(userId, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Camunda refuses every login of the user for a few seconds after a failed one; the kept password is gone.
    assertThat(engineRest(userId, "Right-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aPasswordIsKeptOnlyForItsSeconds() {
    String userId = user("Short-Password-1");
    VerifiedPasswords.keepFor(0);
    try {
      assertThat(engineRest(userId, "Short-Password-1")).isEqualTo(HttpStatus.OK);
      jdbc.update("update ACT_ID_USER set PWD_ = '{SHA-512}bm8tbG9uZ2VyLXZhbGlk' where ID_ = ?", userId);
      assertThat(engineRest(userId, "Short-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      VerifiedPasswords.keepFor(VerifiedPasswords.TTL_SECONDS * 1_000_000_000L);
    }
  }

  @Test
  void aCheckThatAUsersChangeOverlappedLeavesNothingThatIsUsed() {
    ProcessEngine engine = mock(ProcessEngine.class);
    IdentityService identity = mock(IdentityService.class);
    when(engine.getName()).thenReturn("overlap-" + UUID.randomUUID());
    when(engine.getIdentityService()).thenReturn(identity);
    // The first check reads the old password while a change commits (and forgets) before it returns.
    when(identity.checkPassword("overlapped", "Old-Password-1")).thenAnswer(call -> {
      VerifiedPasswords.forgetAll();
      return true;
    }).thenReturn(false);

    assertThat(VerifiedPasswords.check(engine, "overlapped", "Old-Password-1")).isTrue();
    assertThat(VerifiedPasswords.check(engine, "overlapped", "Old-Password-1")).isFalse();
    verify(identity, times(2)).checkPassword("overlapped", "Old-Password-1");
  }

  private String user(String password) {
    String userId = "kept-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword(password);
    identityService.saveUser(user);
    return userId;
  }

  private HttpStatusCode engineRest(String userId, String password) {
    return rest.exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(basic(userId, password)), String.class)
        .getStatusCode();
  }

  private HttpStatusCode api(String userId, String password) {
    return rest.exchange("/api/enterprises?community=SFX-CG-DJ", HttpMethod.GET, new HttpEntity<>(basic(userId, password)), String.class)
        .getStatusCode();
  }
}
