package cn.gonghui.bpm.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic passwords that Camunda's identity service accepted in the last {@value #TTL_SECONDS} seconds, so that
 * a script or system calling /engine-rest or /api many times a second does not run a password check (a command,
 * a transaction, a user query and a commit) on every request: a tenth of the application's CPU and two of the
 * eleven database round trips of a DMN evaluation through REST (docs/performance.md).
 *
 * <p>What is kept: per user, a SHA-256 of a random per-process key, the user id and the password (never the
 * password itself), and when it expires. Only accepted passwords are kept; a wrong password always goes to the
 * identity service, so its count of failed attempts and its lock work as before. A password change, a deleted,
 * locked or unlocked user (through Camunda's identity service: Admin, /engine-rest, the platform itself) forgets
 * every kept password on this node when its transaction commits; another node of a cluster forgets it after at
 * most {@value #TTL_SECONDS} seconds, as it does with the groups of {@link UserMemberships}. The web apps keep a
 * whole login in their session for longer (5 minutes by default).
 */
public final class VerifiedPasswords {

  static final long TTL_SECONDS = 30;
  private static final int MAX_USERS = 10_000;
  private static final byte[] KEY = new byte[32];
  /** Per engine and user: the digest of the accepted password. */
  private static final KeptAnswers<byte[]> ACCEPTED = new KeptAnswers<>(TTL_SECONDS, MAX_USERS);

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private VerifiedPasswords() {}

  /** Whether the identity service accepts this user's password, asking it unless it did within the last seconds. */
  public static boolean check(ProcessEngine engine, String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    String key = engine.getName() + '\u0000' + userId;
    byte[] digest = digest(userId, password);
    byte[] accepted = ACCEPTED.get(key);
    if (accepted != null && MessageDigest.isEqual(accepted, digest)) {
      return true;
    }
    // Taken before the check: if a user's change commits while it runs (forgetAll after the commit), the
    // entry it leaves belongs to an older generation and is never used.
    KeptAnswers.Asked asked = ACCEPTED.ask();
    if (!engine.getIdentityService().checkPassword(userId, password)) {
      ACCEPTED.remove(key);
      return false;
    }
    ACCEPTED.keep(key, digest, asked);
    return true;
  }

  /** Forgets every kept password (a user or a password changed). */
  public static void forgetAll() {
    ACCEPTED.forgetAll();
  }

  /** For tests: how long an accepted password is kept. */
  static void keepFor(long nanos) {
    ACCEPTED.keepFor(nanos);
  }

  private static byte[] digest(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(KEY);
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forgets the kept passwords now and again when the current transaction commits. */
  static void forgetAfterCommit() {
    ACCEPTED.forgetNowAndAfterCommit();
  }

  /** Camunda's database identity provider, forgetting the kept passwords whenever a user changes. */
  public static class ForgettingIdentityProvider extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult saveUser(User user) {
      forgetAfterCommit();
      return super.saveUser(user);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      forgetAfterCommit();
      return super.deleteUser(userId);
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
      forgetAfterCommit();
      return super.unlockUser(userId);
    }

    @Override
    protected void lockUser(UserEntity user) {
      forgetAfterCommit();
      super.lockUser(user);
    }
  }

  /** Installs {@link ForgettingIdentityProvider} as the engine's identity provider. */
  @Component
  public static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(ForgettingIdentityProvider.class));
    }
  }
}
