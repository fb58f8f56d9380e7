package cn.gonghui.bpm.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
  private static final ConcurrentHashMap<String, Entry> CACHE = new ConcurrentHashMap<>();
  /** Counts {@link #forgetAll()}: an entry made from a check that started before the last one is not used. */
  private static final AtomicLong GENERATION = new AtomicLong();
  private static volatile long ttlNanos = TTL_SECONDS * 1_000_000_000L;

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private record Entry(byte[] digest, long expiresAt, long generation) {}

  private VerifiedPasswords() {}

  /** Whether the identity service accepts this user's password, asking it unless it did within the last seconds. */
  public static boolean check(ProcessEngine engine, String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    String key = engine.getName() + '\u0000' + userId;
    byte[] digest = digest(userId, password);
    Entry entry = CACHE.get(key);
    if (entry != null && entry.generation() == GENERATION.get() && System.nanoTime() - entry.expiresAt() < 0
        && MessageDigest.isEqual(entry.digest(), digest)) {
      return true;
    }
    // Both taken before the check: if a user's change commits while it runs (forgetAll after the commit), the
    // entry it leaves belongs to an older generation and is never used.
    long generation = GENERATION.get();
    long expiresAt = System.nanoTime() + ttlNanos;
    if (!engine.getIdentityService().checkPassword(userId, password)) {
      CACHE.remove(key);
      return false;
    }
    if (CACHE.size() >= MAX_USERS) {
      CACHE.clear();
    }
    CACHE.put(key, new Entry(digest, expiresAt, generation));
    return true;
  }

  /** Forgets every kept password (a user or a password changed). */
  public static void forgetAll() {
    GENERATION.incrementAndGet();
    CACHE.clear();
  }

  /** For tests: how long an accepted password is kept. */
  static void keepFor(long nanos) {
    ttlNanos = nanos;
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
    forgetAll();
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> forgetAll());
    }
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
