package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * Answers of Camunda's authorization check ({@code isAuthorized}) about whole kinds of things, kept for
 * {@value #TTL_SECONDS} seconds: "may this user, with these groups, evaluate decision X / start process Y / read
 * every Z". A DMN evaluation through REST asked it twice (may read the decision, may evaluate it), each time a
 * statement that MyBatis assembles from Camunda's long authorization template and a database round trip: about a
 * fifth of the application's CPU in the benchmark's REST evaluations (docs/performance.md).
 *
 * <p>Kept: only checks whose every resource id is {@code *}, none (the kind as a whole: "may create cases") or the
 * key of a process, decision or decision requirements definition (a few hundred answers at most); a check about one case, task or other single thing
 * always asks the database. The answer depends on the grants alone (the user's groups are part of the question,
 * revokes are never checked, see application.yaml), so every change of a grant through the engine (Admin,
 * /engine-rest, the platform, and the engine's own clean-ups when users, groups, tenants, deployments are deleted)
 * forgets every kept answer on this node, when it is flushed and again when its transaction commits
 * ({@link ForgettingEntityManagers}); an answer
 * from a check that such a change overlapped is never used ({@link KeptAnswers}, as for {@link VerifiedPasswords}).
 * Another node of a cluster, or a grant written into the table with SQL, takes effect after at most
 * {@value #TTL_SECONDS} seconds, as a changed membership does ({@link UserMemberships}).
 */
public final class GrantAnswers {

  static final long TTL_SECONDS = 30;
  private static final int MAX_ANSWERS = 10_000;
  private static final KeptAnswers<Boolean> ANSWERS = new KeptAnswers<>(TTL_SECONDS, MAX_ANSWERS);

  /** Resource types whose ids are definition keys: few per engine, so their answers can be kept. */
  private static final Set<Integer> KEYED =
      Set.of(
          Resources.PROCESS_DEFINITION.resourceType(),
          Resources.DECISION_DEFINITION.resourceType(),
          Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType());

  private GrantAnswers() {}

  /**
   * The answer to the check, from the kept answers or from {@code ask} (which runs Camunda's check). Checks about
   * single cases, tasks and the like are always asked.
   */
  static boolean answer(String userId, List<String> groupIds, CompositePermissionCheck check, BooleanSupplier ask) {
    String key = key(userId, groupIds, check);
    if (key == null) {
      return ask.getAsBoolean();
    }
    Boolean known = ANSWERS.get(key);
    if (known != null) {
      return known;
    }
    // Taken before the check: a change of grants committing while it runs leaves an answer of an older generation.
    KeptAnswers.Asked asked = ANSWERS.ask();
    boolean granted = ask.getAsBoolean();
    ANSWERS.keep(key, granted, asked);
    return granted;
  }

  /** The question as a string, or {@code null} when it is about a single thing and must not be kept. */
  static String key(String userId, List<String> groupIds, CompositePermissionCheck check) {
    if (check == null || check.getAllPermissionChecks().isEmpty()) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    key.append(Context.getProcessEngineConfiguration() == null ? "" : Context.getProcessEngineConfiguration().getProcessEngineName());
    key.append('\u0000').append(userId).append('\u0000');
    List<String> groups = groupIds == null ? new ArrayList<>() : new ArrayList<>(groupIds);
    Collections.sort(groups);
    key.append(String.join(",", groups)).append('\u0000');
    return append(key, check) ? key.toString() : null;
  }

  private static boolean append(StringBuilder key, CompositePermissionCheck check) {
    key.append(check.isDisjunctive() ? "any(" : "all(");
    for (PermissionCheck atomic : check.getAtomicChecks()) {
      String resourceId = atomic.getResourceId();
      // no resource id: a question about the kind as a whole ("may create cases"), which only grants on * answer
      boolean whole = resourceId == null || Authorization.ANY.equals(resourceId)
          || KEYED.contains(atomic.getResource().resourceType());
      if (!whole || atomic.getResourceIdQueryParam() != null || atomic.getAuthorizationNotFoundReturnValue() != null) {
        return false;
      }
      key.append(atomic.getResource().resourceType()).append(':').append(atomic.getPermission().getValue())
          .append(':').append(resourceId == null ? "\u0001" : resourceId).append(';');
    }
    for (CompositePermissionCheck composite : check.getCompositeChecks()) {
      if (!append(key, composite)) {
        return false;
      }
    }
    key.append(')');
    return true;
  }

  /** Forgets every kept answer (a grant changed). */
  public static void forgetAll() {
    ANSWERS.forgetAll();
  }

  /** For tests: how long an answer is kept. */
  static void keepFor(long nanos) {
    ANSWERS.keepFor(nanos);
  }

  /** Forgets the kept answers now and again when the engine's current transaction commits (a grant changed). */
  static void forgetNowAndAfterCommit() {
    ANSWERS.forgetNowAndAfterCommit();
  }
}
