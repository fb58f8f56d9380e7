package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Changes to how Camunda checks a user's grants (docs/performance.md).
 *
 * <p>One query less in every command a user runs: Camunda's authorization manager first reads
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} (every group that holds any grant: one per
 * unit and per unit's managers, thousands in a county) to drop the user's groups that hold none from the
 * permission check. Our users belong to two or three groups, so the check takes them as they are: a group
 * without grants matches no authorization row, and the answer is the same.
 *
 * <p>No authorization join in the process-instance lists (runtime and history) of a user whose grants cover
 * every instance: a clerk's or manager's role group holds its READ grant on {@code *}, and which cases they see
 * is decided by the tenant check (their units), which stays. Camunda would still join every instance with the
 * grants ({@code AUTH.RESOURCE_ID_ IN (RES.ID_, P.KEY_, '*')} and {@code select distinct}); PostgreSQL cannot
 * estimate that join, and once several processes share the table it expected a few dozen of a county's
 * 100,000 cases to pass and sorted all of them for the first 50 (county manager's list: 311 ms p95, 12× its
 * time at 1,000 cases). The grant on {@code *} is checked first with Camunda's own check; revokes are never
 * checked ({@code authorization-check-revokes: never}), so every instance passes the join exactly when that
 * check passes, and the list is the same. The decision-definition query that Camunda REST runs before every
 * evaluation by key loses its join the same way (an analyst's or manager's READ on {@code *}).
 *
 * <p>Answers of the check about whole kinds of things (a grant on {@code *} or on a definition's key) are kept
 * for a few seconds and forgotten when a grant changes ({@link GrantAnswers}).
 *
 * <p>It is also where a process-instance list by key learns its definition's id ({@link InstanceListsByDefinition}):
 * Camunda's managers have no other hook into a query before it runs.
 */
@Component
public class AuthorizationQueries extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new UnfilteredGroups());
    factories.add(new ForgettingEntityManagers());
    configuration.setCustomSessionFactories(factories);
  }

  /**
   * Turns a query's authorization check off when the user's grants on {@code *} already satisfy it: the same
   * permission checks, asked for the resource {@code *}, with Camunda's own {@code isAuthorized}.
   */
  static void dropWhenGrantedOnEverything(AuthorizationManager manager, AuthorizationCheck check) {
    if (!check.isAuthorizationCheckEnabled() || check.getPermissionChecks() == null
        || check.getPermissionChecks().getAllPermissionChecks().isEmpty()) {
      return;
    }
    if (manager.isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), onEverything(check.getPermissionChecks()))) {
      check.setAuthorizationCheckEnabled(false);
    }
  }

  /** The same checks, each for the resource {@code *} instead of each row's id. */
  static CompositePermissionCheck onEverything(CompositePermissionCheck checks) {
    CompositePermissionCheck everything = new CompositePermissionCheck(checks.isDisjunctive());
    for (PermissionCheck atomic : checks.getAtomicChecks()) {
      PermissionCheck star = new PermissionCheck();
      star.setResource(atomic.getResource());
      star.setPermission(atomic.getPermission());
      star.setResourceId(Authorization.ANY);
      everything.addAtomicCheck(star);
    }
    for (CompositePermissionCheck composite : checks.getCompositeChecks()) {
      everything.addCompositeCheck(onEverything(composite));
    }
    return everything;
  }

  /** Opens {@link AuthorizationManager}s that take the user's groups without the group query. */
  static final class UnfilteredGroups implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new AuthorizationManager() {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
          return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }

        @Override
        public void configureExecutionQuery(AbstractQuery query) {
          super.configureExecutionQuery(query);
          dropWhenGrantedOnEverything(this, query.getAuthCheck());
          if (query instanceof ProcessInstanceQueryImpl instances) {
            InstanceListsByDefinition.pinOnlyVersion(instances, getCommandContext());
          }
        }

        @Override
        public void configureHistoricProcessInstanceQuery(HistoricProcessInstanceQueryImpl query) {
          super.configureHistoricProcessInstanceQuery(query);
          dropWhenGrantedOnEverything(this, query.getAuthCheck());
        }

        @Override
        public void configureDecisionDefinitionQuery(DecisionDefinitionQueryImpl query) {
          super.configureDecisionDefinitionQuery(query);
          dropWhenGrantedOnEverything(this, query.getAuthCheck());
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
          return GrantAnswers.answer(userId, groupIds, check, () -> super.isAuthorized(userId, groupIds, check));
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
          CompositePermissionCheck question = new CompositePermissionCheck();
          question.addAtomicCheck(check);
          return GrantAnswers.answer(userId, groupIds, question, () -> super.isAuthorized(userId, groupIds, check));
        }
      };
    }
  }
}
