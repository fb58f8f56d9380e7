package cn.gonghui.bpm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grows the database fast beyond the cases seeded through the engine: copies the rows of template cases
 * (every engine table's rows of the case, and its ledger row) with new ids, in plain SQL. A copy is the same
 * case at the same step, in the same community, with its own enterprise (new ledger row and credit code, the
 * process's own rows that name the case by {@code process_instance_id}, the case's business key and
 * {@code enterpriseId} variable pointing at it). Ids are the template's with their last
 * eight characters replaced by {@code x} and the copy's number in hex, so they keep their length and cannot
 * equal an engine id (those are hexadecimal UUIDs).
 *
 * <p>Engine seeding costs some milliseconds of CPU per case; copying costs a few rows' inserts. The benchmark
 * seeds its first cases (two per community) through the engine and copies them up to N.
 */
final class CaseCloner {

  static final int CHUNK = 10_000;

  private final BenchDatabase db;

  CaseCloner(BenchDatabase db) {
    this.db = db;
  }

  /**
   * Adds {@code count} copies of the template cases (round robin); copy numbers start at {@code firstCopy},
   * credit codes come from {@code creditCodes.apply(copyNumber)}.
   */
  void copy(List<String> templates, long count, long firstCopy, java.util.function.LongFunction<String> creditCodes) throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("create temp table bench_template (pi varchar(64) primary key)");
        s.execute("create temp table bench_ids (id varchar(64) primary key, pi varchar(64) not null)");
        s.execute("create temp table bench_copy (pi varchar(64) not null, n bigint not null, hex varchar(8) not null,"
            + " enterprise_id bigint not null, credit_code varchar(18) not null,"
            + " template_enterprise_id bigint, template_credit_code varchar(18))");
      }
      try (PreparedStatement insert = c.prepareStatement("insert into bench_template values (?)")) {
        for (String template : templates) {
          insert.setString(1, template);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      Map<String, List<String[]>> tables = engineTables(c);
      collectIds(c, tables);
      String sequence = single(c, "select pg_get_serial_sequence('enterprise', 'id')");
      for (long done = 0; done < count; done += CHUNK) {
        long size = Math.min(CHUNK, count - done);
        try (Statement s = c.createStatement()) {
          s.execute("truncate bench_copy");
        }
        try (PreparedStatement insert =
            c.prepareStatement("insert into bench_copy values (?, ?, ?, nextval('" + sequence + "'), ?)")) {
          for (long i = 0; i < size; i++) {
            long n = firstCopy + done + i;
            insert.setString(1, templates.get((int) ((done + i) % templates.size())));
            insert.setLong(2, n);
            insert.setString(3, String.format("x%07x", n));
            insert.setString(4, creditCodes.apply(n));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        try (Statement s = c.createStatement()) {
          // the template's enterprise: the case's enterpriseId variable (the ledger row does not name its case in every schema)
          s.execute("update bench_copy p set template_enterprise_id = v.long_, template_credit_code = e.credit_code"
              + " from act_ru_variable v join enterprise e on e.id = v.long_"
              + " where v.proc_inst_id_ = p.pi and v.name_ = 'enterpriseId'");
        }
        copyLedger(c);
        copyCaseRecords(c);
        for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
          copyTable(c, table.getKey(), table.getValue());
        }
        c.commit();
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop table bench_template, bench_ids, bench_copy");
      }
      c.commit();
    }
  }

  /** Engine tables (byte arrays and runtime first, for their foreign keys) with their columns: name, type. */
  private static Map<String, List<String[]>> engineTables(Connection c) throws SQLException {
    Map<String, List<String[]>> tables = new LinkedHashMap<>();
    String sql =
        "select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'"
            + " and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%' or table_name = 'act_ge_bytearray')"
            + " and table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id_')"
            + " order by case when table_name = 'act_ge_bytearray' then 0 when table_name = 'act_ru_execution' then 1"
            + " when table_name = 'act_ru_task' then 2 when table_name like 'act\\_ru\\_%' then 3 else 4 end, table_name, ordinal_position";
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
      }
    }
    return tables;
  }

  /** Every id of the templates' rows, with its case: rows of the case, of its tasks and decisions, their byte arrays. */
  private static void collectIds(Connection c, Map<String, List<String[]>> tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String column : List.of("proc_inst_id_", "root_proc_inst_id_")) {
        for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
          if (has(table.getValue(), column)) {
            s.execute("insert into bench_ids select id_, " + column + " from " + table.getKey()
                + " where " + column + " in (select pi from bench_template) on conflict do nothing");
          }
        }
      }
      for (String column : List.of("task_id_", "dec_inst_id_", "execution_id_")) {
        for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
          if (has(table.getValue(), column)) {
            s.execute("insert into bench_ids select t.id_, b.pi from " + table.getKey() + " t join bench_ids b on b.id = t." + column
                + " on conflict do nothing");
          }
        }
      }
      for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
        for (String[] column : table.getValue()) {
          if (column[0].endsWith("bytearray_id_")) {
            s.execute("insert into bench_ids select t." + column[0] + ", b.pi from " + table.getKey() + " t join bench_ids b on b.id = t.id_"
                + " where t." + column[0] + " is not null on conflict do nothing");
          }
        }
      }
    }
  }

  private static void copyLedger(Connection c) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select column_name from information_schema.columns where table_schema = 'public'"
            + " and table_name = 'enterprise' order by ordinal_position")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    StringBuilder select = new StringBuilder();
    for (String column : columns) {
      select.append(select.length() == 0 ? "" : ", ").append(
          switch (column) {
            case "id" -> "p.enterprise_id";
            case "credit_code" -> "p.credit_code";
            case "process_instance_id" -> "left(e.process_instance_id, length(e.process_instance_id) - 8) || p.hex";
            default -> "e." + column;
          });
    }
    try (Statement s = c.createStatement()) {
      s.execute("insert into enterprise (" + String.join(", ", columns) + ") select " + select
          + " from enterprise e join bench_copy p on p.template_enterprise_id = e.id");
    }
  }

  /**
   * The process's own rows that name the template case by {@code process_instance_id} (e.g. a founding_case
   * row): copied with the copy's case id, its enterprise, and a new generated id.
   */
  private static void copyCaseRecords(Connection c) throws SQLException {
    Map<String, List<String[]>> tables = new LinkedHashMap<>();
    String sql =
        "select c.table_name, c.column_name, coalesce(c.is_identity, 'NO'), coalesce(c.column_default, '') from information_schema.columns c"
            + " where c.table_schema = 'public' and c.table_name not like 'act\\_%' and c.table_name not like 'bench\\_%'"
            + " and c.table_name not in ('enterprise', 'flyway_schema_history')"
            + " and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'process_instance_id')"
            + " order by c.table_name, c.ordinal_position";
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
            .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
      List<String> names = new ArrayList<>();
      StringBuilder select = new StringBuilder();
      for (String[] column : table.getValue()) {
        boolean generated = "YES".equals(column[1]) || column[2].startsWith("nextval(");
        if (generated) {
          continue;
        }
        names.add(column[0]);
        select.append(select.length() == 0 ? "" : ", ").append(
            switch (column[0]) {
              case "process_instance_id" -> "left(r.process_instance_id, length(r.process_instance_id) - 8) || p.hex";
              case "enterprise_id" -> "p.enterprise_id";
              default -> "r." + column[0];
            });
      }
      try (Statement s = c.createStatement()) {
        s.execute("insert into " + table.getKey() + " (" + String.join(", ", names) + ") select " + select
            + " from " + table.getKey() + " r join bench_copy p on p.pi = r.process_instance_id");
      }
    }
  }

  private static void copyTable(Connection c, String table, List<String[]> columns) throws SQLException {
    boolean variables = has(columns, "name_") && has(columns, "long_") && has(columns, "text_");
    StringBuilder select = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (String[] column : columns) {
      String name = column[0];
      names.add(name);
      String text = column[1].toLowerCase(Locale.ROOT);
      boolean textual = text.contains("char") || text.equals("text");
      String expression;
      if (textual && (name.endsWith("id_") || name.equals("var_scope_") || name.equals("super_exec_"))) {
        expression = "case when t." + name + " in (select id from bench_ids) then left(t." + name + ", length(t." + name
            + ") - 8) || p.hex else t." + name + " end";
      } else if (name.equals("business_key_")) {
        expression = "case when t.business_key_ is null or p.template_credit_code is null then t.business_key_"
            + " else replace(t.business_key_, p.template_credit_code, p.credit_code) end";
      } else if (variables && name.equals("long_")) {
        expression = "case when t.name_ = 'enterpriseId' then p.enterprise_id else t.long_ end";
      } else if (variables && name.equals("text_")) {
        expression = "case when t.name_ = 'enterpriseId' then p.enterprise_id::text else t.text_ end";
      } else {
        expression = "t." + name;
      }
      select.append(select.length() == 0 ? "" : ", ").append(expression);
    }
    try (Statement s = c.createStatement()) {
      s.execute("insert into " + table + " (" + String.join(", ", names) + ") select " + select + " from " + table
          + " t join bench_ids b on b.id = t.id_ join bench_copy p on p.pi = b.pi");
    }
  }

  private static boolean has(List<String[]> columns, String name) {
    return columns.stream().anyMatch(column -> column[0].equals(name));
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
