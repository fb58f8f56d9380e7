package cn.gonghui.bpm.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A process's instance list ({@code GET /engine-rest/process-instance?processDefinitionKey=…&maxResults=50}, a
 * manager's list in Cockpit) whose cost does not depend on the instances of other processes
 * (docs/performance.md, "What was changed").
 *
 * <p>Camunda filters such a list by the key of the definition joined to each instance ({@code P.KEY_ = ?}).
 * PostgreSQL cannot tell from that how many instances a key has, so it takes one plan for every process: read the
 * instances in id order and stop at the 50th that passes. For a process with many cases that is quick; for one
 * with few among many others (1,000 金秋助学 applications among 100,000 foundings) it reads every instance that
 * comes first in the id order, and Camunda's ids are time-based, so how far depends on when the cases were
 * started (73 ms at 100,000 founding cases in one benchmark run, 12 ms in another).
 *
 * <p>Two parts, used together:
 * <ul>
 *   <li>when the key has exactly one definition (one deployed version, in any tenant), the list also asks for
 *       that definition's id ({@link #pinOnlyVersion}): the same instances, and a condition on the instance's own
 *       column;</li>
 *   <li>an index on {@code ACT_RU_EXECUTION (PROC_DEF_ID_, ID_)} ({@link #run}, created once at start-up), which
 *       hands out one definition's instances already in id order: the list reads the 50 instances it shows (and
 *       those the tenant check drops), whatever the plan, including the generic plan PostgreSQL keeps for a
 *       statement run many times.</li>
 * </ul>
 *
 * <p>A key with two or more versions keeps Camunda's condition (one definition id cannot name them all), and with
 * it the read in id order: about as many instances as the other processes have per 50 of its own.
 */
@Component
@Order(36)
public class InstanceListsByDefinition implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceListsByDefinition.class);

  /** Name of the index; Camunda's own indexes start with {@code ACT_IDX_}. */
  static final String INDEX = "GH_IDX_EXE_PROCDEF_ID";

  private final JdbcTemplate jdbc;

  public InstanceListsByDefinition(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates the index if it does not exist (the first start on a large database takes a moment; later starts none). */
  @Override
  public void run() {
    long started = System.nanoTime();
    jdbc.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON ACT_RU_EXECUTION (PROC_DEF_ID_, ID_)");
    LOG.debug("Index {} present ({} ms)", INDEX, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Adds the definition id to a process-instance query by key when the key has exactly one definition. Looked up
   * in the query's own command, without the user's authorization and tenant checks, so that a definition the user
   * may not read still counts as a second version.
   */
  static void pinOnlyVersion(ProcessInstanceQueryImpl query, CommandContext commandContext) {
    if (query.getProcessDefinitionKey() == null || query.getProcessDefinitionId() != null) {
      return;
    }
    boolean authorization = commandContext.isAuthorizationCheckEnabled();
    boolean tenants = commandContext.isTenantCheckEnabled();
    commandContext.disableAuthorizationCheck();
    commandContext.disableTenantCheck();
    ProcessDefinitionQueryImpl byKey = new ProcessDefinitionQueryImpl();
    byKey.processDefinitionKey(query.getProcessDefinitionKey());
    List<ProcessDefinition> definitions;
    try {
      definitions = commandContext.getProcessDefinitionManager().findProcessDefinitionsByQueryCriteria(byKey, new Page(0, 2));
    } finally {
      commandContext.setAuthorizationCheckEnabled(authorization);
      commandContext.setTenantCheckEnabled(tenants);
    }
    if (definitions.size() == 1) {
      query.processDefinitionId(definitions.get(0).getId());
    }
  }
}
