package cn.gonghui.bpm.platform;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the cases of a database written before units were tenants under the tenant check, once: each
 * case and everything recorded about it gets its unit ({@code orgUnitCode}) as tenant, each task the unit
 * it is offered to, and the grants the platform used to write per case and per task are removed. Cases that
 * name no known unit keep no tenant and are reported (only administrators see them). A database without
 * such cases, or where this ran before, costs one query at start-up.
 */
@Component
@Order(35)
public class CaseTenantMigration implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTenantMigration.class);

  /** Resource types of the old per-case and per-task grants: TASK, PROCESS_INSTANCE, HISTORIC_TASK, HISTORIC_PROCESS_INSTANCE. */
  private static final String OLD_GRANT_TYPES = "7, 8, 19, 20";

  /** Task tables: their tenant is the unit a task is offered to, not the case's unit. */
  private static final Set<String> TASK_TABLES =
      Set.of("ACT_RU_TASK", "ACT_HI_TASKINST", "ACT_RU_IDENTITYLINK", "ACT_HI_IDENTITYLINK");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final DataSource dataSource;

  public CaseTenantMigration(JdbcTemplate jdbc, TransactionTemplate tx, DataSource dataSource) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.dataSource = dataSource;
  }

  /** Engine property that records that the migration ran. */
  static final String DONE = "gonghui.case-tenants";

  @Override
  public void run() {
    if (count("select count(*) from ACT_GE_PROPERTY where NAME_ = '" + DONE + "'") > 0) {
      return;
    }
    long pending =
        count("select count(*) from ACT_HI_PROCINST where TENANT_ID_ is null")
            + count("select count(*) from ACT_RU_EXECUTION where TENANT_ID_ is null");
    Map<String, String> tables = pending == 0 ? Map.of() : tablesWithCaseAndTenant();
    tx.executeWithoutResult(
        status -> {
          if (!tables.isEmpty()) {
            migrate(tables);
          }
          jdbc.update("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values (?, ?, 1)", DONE, "1");
        });
    if (pending == 0) {
      return;
    }
    long left = count("select count(*) from ACT_HI_PROCINST where TENANT_ID_ is null");
    LOG.info("Cases placed under their units' tenants; {} case(s) name no known unit and stay visible to administrators only", left);
  }

  private void migrate(Map<String, String> tables) {
    String caseUnit =
        "(select min(V.TEXT_) from ACT_HI_VARINST V where V.PROC_INST_ID_ = %s.PROC_INST_ID_"
            + " and V.NAME_ = '" + CaseVariables.ORG_UNIT_CODE + "' and V.TEXT_ in (select ID_ from ACT_ID_TENANT))";
    // every record of a case: instance, activities, variables, jobs, incidents, decisions, op log …
    tables.forEach(
        (upper, actual) -> {
          if (!TASK_TABLES.contains(upper)) {
            jdbc.update(
                "update " + actual + " set TENANT_ID_ = " + caseUnit.formatted(actual)
                    + " where TENANT_ID_ is null and PROC_INST_ID_ is not null");
          }
        });
    // tasks: the unit of their candidate group, else the case's unit
    jdbc.update(
        "update ACT_RU_TASK set TENANT_ID_ = coalesce((select min(L.GROUP_ID_) from ACT_RU_IDENTITYLINK L"
            + " where L.TASK_ID_ = ACT_RU_TASK.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ in (select ID_ from ACT_ID_TENANT)), "
            + caseUnit.formatted("ACT_RU_TASK") + ") where TENANT_ID_ is null and PROC_INST_ID_ is not null");
    jdbc.update(
        "update ACT_HI_TASKINST set TENANT_ID_ = coalesce((select min(L.GROUP_ID_) from ACT_HI_IDENTITYLINK L"
            + " where L.TASK_ID_ = ACT_HI_TASKINST.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ in (select ID_ from ACT_ID_TENANT)), "
            + caseUnit.formatted("ACT_HI_TASKINST") + ") where TENANT_ID_ is null and PROC_INST_ID_ is not null");
    jdbc.update(
        "update ACT_RU_IDENTITYLINK set TENANT_ID_ = (select T.TENANT_ID_ from ACT_RU_TASK T where T.ID_ = ACT_RU_IDENTITYLINK.TASK_ID_)"
            + " where TENANT_ID_ is null and TASK_ID_ is not null");
    jdbc.update(
        "update ACT_HI_IDENTITYLINK set TENANT_ID_ = (select T.TENANT_ID_ from ACT_HI_TASKINST T where T.ID_ = ACT_HI_IDENTITYLINK.TASK_ID_)"
            + " where TENANT_ID_ is null and TASK_ID_ is not null");
    int grants =
        jdbc.update(
            "delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ in (" + OLD_GRANT_TYPES + ") and RESOURCE_ID_ <> '*'");
    LOG.info("Removed {} grants written per case or per task", grants);
  }

  /** Engine tables with both PROC_INST_ID_ and TENANT_ID_ columns: upper-case name → name as the database has it. */
  private Map<String, String> tablesWithCaseAndTenant() {
    Map<String, Set<String>> columns = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    try (var connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      for (String pattern : List.of("PROC_INST_ID_", "proc_inst_id_", "TENANT_ID_", "tenant_id_")) {
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, "%", pattern)) {
          while (rs.next()) {
            String table = rs.getString("TABLE_NAME");
            String upper = table.toUpperCase(Locale.ROOT);
            if (upper.startsWith("ACT_RU_") || upper.startsWith("ACT_HI_")) {
              names.put(upper, table);
              columns.computeIfAbsent(upper, t -> new java.util.HashSet<>()).add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the engine's tables", e);
    }
    Map<String, String> result = new HashMap<>();
    List<String> sorted = new ArrayList<>(columns.keySet());
    sorted.sort(null);
    for (String table : sorted) {
      if (columns.get(table).containsAll(Set.of("PROC_INST_ID_", "TENANT_ID_"))) {
        result.put(table, names.get(table));
      }
    }
    return result;
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }
}
