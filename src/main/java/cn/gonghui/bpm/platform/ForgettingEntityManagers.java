package cn.gonghui.bpm.platform;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbBulkOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MembershipEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantMembershipEntity;

/**
 * Opens the engine's entity managers: Camunda's own, which, when they flush, tell the kept answers that what they
 * depend on changed, whichever engine code made the change (a service call, Admin, /engine-rest, the platform, or
 * the engine's own clean-ups when it deletes users, groups, tenants or deployments):
 * <ul>
 *   <li>grants ({@code ACT_RU_AUTHORIZATION}): {@link GrantAnswers};</li>
 *   <li>members of groups and tenants ({@code ACT_ID_MEMBERSHIP}, {@code ACT_ID_TENANT_MEMBER}): {@link UserMemberships}.</li>
 * </ul>
 * Each forgets at the flush and again when the transaction commits.
 */
final class ForgettingEntityManagers extends DbEntityManagerFactory {

  ForgettingEntityManagers() {
    super(null);
  }

  @Override
  public DbEntityManager openSession() {
    PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
    return new DbEntityManager(Context.getProcessEngineConfiguration().getIdGenerator(), persistence) {
      @Override
      protected void flushDbOperationManager() {
        DbOperationManager operations = getDbOperationManager();
        if (touches(operations, AuthorizationEntity.class)) {
          GrantAnswers.forgetNowAndAfterCommit();
        }
        if (touches(operations, MembershipEntity.class) || touches(operations, TenantMembershipEntity.class)) {
          UserMemberships.forgetNowAndAfterCommit();
        }
        super.flushDbOperationManager();
      }
    };
  }

  /** Whether a flush writes, changes or deletes rows of this entity type (one by one or in bulk). */
  static boolean touches(DbOperationManager operations, Class<?> type) {
    if (operations.inserts.containsKey(type) || operations.updates.containsKey(type)
        || operations.deletes.containsKey(type) || operations.bulkOperations.containsKey(type)) {
      return true;
    }
    for (DbBulkOperation bulk : operations.bulkOperationsInsertionOrder) {
      if (type.equals(bulk.getEntityType())) {
        return true;
      }
    }
    return false;
  }
}
