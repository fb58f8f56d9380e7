package cn.gonghui.bpm.founding.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V3 moves the founding records of an existing installation to their cases without losing a row, on both
 * databases the application runs on: the data of version 2 (records keyed by enterprise, decisions in
 * founding_decision, the case id in the ledger) is written, then V3 runs.
 */
class RecordsByCaseMigrationTest {

  @Test
  void v3KeepsEveryRowOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:v3-migration;DB_CLOSE_DELAY=-1");
    migrateAndCheck(h2);
  }

  @Test
  void v3KeepsEveryRowOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").start()) {
      migrateAndCheck(postgres.getPostgresDatabase());
    }
  }

  private static void migrateAndCheck(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update(
        "insert into org_unit (code, name, level, parent_code, active, source, updated_at, version) values "
            + "('C', '社区', 'COMMUNITY_UNION', null, true, 'DATA_FILE', current_timestamp, 0),"
            + "('C-E2', '已建工会', 'GRASSROOTS_UNION', 'C', true, 'RUNTIME', current_timestamp, 0)");
    // enterprise 1: founding underway in case pi-1; enterprise 2: founded by case pi-2, rectification overdue
    jdbc.update(enterprise(1, "FOUNDING", "'pi-1'", "false", "null"));
    jdbc.update(enterprise(2, "FOUNDED", "'pi-2'", "true", "'C-E2'"));
    jdbc.update(
        "insert into founding_preparatory_group (enterprise_id, route, agreed_on, recorded_at) values "
            + "(1, 'CONSULTATION', date '2025-05-20', current_timestamp), (2, 'PARTY_NOMINATION', date '2025-04-01', current_timestamp)");
    jdbc.update(
        "insert into founding_preparatory_member (enterprise_id, name, represents) values "
            + "(1, '刘洋', '上级工会'), (1, '陈静', '职工代表'), (2, '王芳', '党组织推荐')");
    jdbc.update("insert into founding_report (enterprise_id, report_date, summary, submitted_at) values (1, date '2025-05-21', '报告', current_timestamp)");
    jdbc.update(
        "insert into founding_decision (enterprise_id, subject, decision, reason, unit_code, decided_by, decided_at) values "
            + "(1, 'FOUNDING_REPORT', 'RETURN', '请补充', 'C', 'u', current_timestamp),"
            + "(2, 'ELECTION_RESULT', 'APPROVE', null, 'C', 'u', current_timestamp)");
    jdbc.update(
        "insert into union_member (enterprise_id, name, id_number, gender, workshop, joined_at) values "
            + "(2, '王芳', '620102199001010020', '女', '一车间', current_timestamp)");
    jdbc.update("insert into founded_union (enterprise_id, union_code, approval_number, founded_at) values (2, 'C-E2', '复〔2025〕1号', current_timestamp)");

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    assertThat(jdbc.queryForList("select process_instance_id, enterprise_id, outcome, rectification_overdue from founding_case order by enterprise_id"))
        .extracting(row -> List.of(lower(row, "process_instance_id"), lower(row, "outcome"), lower(row, "rectification_overdue")))
        .containsExactly(List.of("pi-1", "OPEN", false), List.of("pi-2", "FOUNDED", true));
    assertThat(jdbc.queryForList("select process_instance_id from founding_preparatory_group order by enterprise_id", String.class))
        .containsExactly("pi-1", "pi-2");
    assertThat(jdbc.queryForList("select process_instance_id from founding_preparatory_member order by id", String.class))
        .containsExactly("pi-1", "pi-1", "pi-2");
    assertThat(jdbc.queryForList("select process_instance_id from founding_report", String.class)).containsExactly("pi-1");
    assertThat(jdbc.queryForList("select process_instance_id from union_member", String.class)).containsExactly("pi-2");
    assertThat(jdbc.queryForList("select process_instance_id from founded_union", String.class)).containsExactly("pi-2");
    assertThat(jdbc.queryForList("select process_instance_id, task_key, subject, decision, reason from approval_record order by id"))
        .extracting(row -> List.of(lower(row, "process_instance_id"), lower(row, "task_key"), lower(row, "subject"), lower(row, "decision")))
        .containsExactly(
            List.of("pi-1", "Task_ReviewFoundingReport", "建会报告", "RETURN"),
            List.of("pi-2", "Task_ReviewElectionResult", "选举结果", "APPROVE"));
    assertThat(jdbc.queryForObject("select count(*) from enterprise", Integer.class)).isEqualTo(2);
    assertThat(columns(jdbc, "enterprise")).doesNotContain("process_instance_id", "rectification_overdue");
  }

  /** A column's value whatever case the database reports its name in. */
  private static Object lower(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  private static List<String> columns(JdbcTemplate jdbc, String table) {
    return jdbc.queryForList(
            "select lower(column_name) from information_schema.columns where lower(table_name) = ?", String.class, table);
  }

  private static String enterprise(int id, String status, String caseId, String overdue, String unionCode) {
    return "insert into enterprise (id, name, credit_code, address, owner_name, employee_count, female_employee_count, member_count, "
        + "has_party_organisation, community_code, status, union_code, rectification_overdue, process_instance_id, created_at, updated_at, version) "
        + "values (" + id + ", '企业" + id + "', '9162010200000000" + id + "X', '地址', '业主', 20, 3, 0, false, 'C', '" + status + "', "
        + unionCode + ", " + overdue + ", " + caseId + ", current_timestamp, current_timestamp, 0)";
  }
}
