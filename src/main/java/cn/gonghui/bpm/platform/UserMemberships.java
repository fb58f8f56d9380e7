package cn.gonghui.bpm.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * The groups and tenants of a user who calls /engine-rest or /api with HTTP Basic, kept for
 * {@value #TTL_SECONDS} seconds. Without it every request read them again: two queries, and for a county
 * manager (member of every tenant of the county) a thousand tenant rows. The web apps keep the same data in
 * the session (5 minutes by default); accepted passwords are kept as long ({@link VerifiedPasswords}). A change
 * of a user's groups or of a unit's tenant members made through the engine reaches HTTP Basic callers on this
 * server with the next request, on another server of a cluster (or written with SQL) within {@value #TTL_SECONDS}
 * seconds.
 */
public final class UserMemberships {

  static final long TTL_SECONDS = 30;
  private static final int MAX_USERS = 10_000;
  private static final KeptAnswers<Entry> KEPT = new KeptAnswers<>(TTL_SECONDS, MAX_USERS);

  /** Groups and tenants of one user. */
  public record Entry(List<String> groups, List<String> tenants) {}

  private UserMemberships() {}

  /**
   * Forgets every kept entry now and again when the engine's current transaction commits: a membership of a group
   * or tenant changed through the engine (Admin, /engine-rest, the platform's org sync; {@link ForgettingEntityManagers}).
   */
  static void forgetNowAndAfterCommit() {
    KEPT.forgetNowAndAfterCommit();
  }

  public static Entry of(ProcessEngine engine, String userId) {
    String key = engine.getName() + '\u0000' + userId;
    Entry entry = KEPT.get(key);
    if (entry != null) {
      return entry;
    }
    KeptAnswers.Asked asked = KEPT.ask();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    entry = new Entry(groups, tenants);
    KEPT.keep(key, entry, asked);
    return entry;
  }
}
