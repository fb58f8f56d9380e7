package cn.gonghui.bpm.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's PostgreSQL: the same io.zonky embedded server as the integration tests, tuned like a small
 * production server (2 cores, a few GB for the database). Durability stays on (fsync, synchronous_commit), so
 * start rates include real commits.
 */
final class BenchDatabase implements AutoCloseable {

  /** Server settings; docs/performance.md lists them. */
  static final Map<String, String> SETTINGS = new LinkedHashMap<>();

  static {
    SETTINGS.put("max_connections", "100");
    SETTINGS.put("shared_buffers", "1GB");
    SETTINGS.put("effective_cache_size", "4GB");
    SETTINGS.put("work_mem", "16MB");
    SETTINGS.put("maintenance_work_mem", "256MB");
    SETTINGS.put("wal_buffers", "16MB");
    SETTINGS.put("max_wal_size", "4GB");
    SETTINGS.put("min_wal_size", "1GB");
    SETTINGS.put("checkpoint_completion_target", "0.9");
    SETTINGS.put("random_page_cost", "1.1");
    SETTINGS.put("effective_io_concurrency", "200");
    SETTINGS.put("jit", "off");
    SETTINGS.put("fsync", "on");
    SETTINGS.put("synchronous_commit", "on");
    SETTINGS.put("shared_preload_libraries", "pg_stat_statements");
    SETTINGS.put("pg_stat_statements.track", "top");
    SETTINGS.put("pg_stat_statements.max", "5000");
  }

  private final EmbeddedPostgres postgres;

  /**
   * A new server in {@code dataDirectory} (emptied first); with {@code keep}, the directory survives
   * {@link #close()} so the database can be examined afterwards.
   */
  BenchDatabase(Path dataDirectory, boolean keep) throws IOException {
    if (Files.exists(dataDirectory)) {
      try (var paths = Files.walk(dataDirectory)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(!keep)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C");
    SETTINGS.forEach(builder::setServerConfig);
    postgres = builder.start();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("create extension if not exists pg_stat_statements");
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  int port() {
    return postgres.getPort();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/postgres";
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
  }

  long queryLong(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  String version() {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void execute(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The statements that took most database time since the last reset, as text lines. */
  String topStatements(int limit) {
    StringBuilder out = new StringBuilder();
    String sql =
        "select calls, round(total_exec_time::numeric, 0) total_ms, round(mean_exec_time::numeric, 2) mean_ms, rows,"
            + " regexp_replace(left(query, 400), '\\s+', ' ', 'g') q from pg_stat_statements"
            + " order by total_exec_time desc limit " + limit;
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.append(String.format("%8d calls %9s ms total %8s ms mean %9d rows  %s%n",
            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** The largest tables with indexes, as text lines. */
  String largestTables(int limit) {
    StringBuilder out = new StringBuilder();
    String sql =
        "select c.relname, pg_total_relation_size(c.oid), coalesce(s.n_live_tup, 0) from pg_class c"
            + " left join pg_stat_user_tables s on s.relid = c.oid"
            + " where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace"
            + " order by pg_total_relation_size(c.oid) desc limit " + limit;
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.append(String.format("%-32s %10d KiB %10d rows%n", rs.getString(1), rs.getLong(2) / 1024, rs.getLong(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
