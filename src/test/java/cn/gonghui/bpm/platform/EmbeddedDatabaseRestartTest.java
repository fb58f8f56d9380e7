package cn.gonghui.bpm.platform;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.bpm.GonghuiApplication;
import cn.gonghui.bpm.organisation.OrgUnitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default: H2 in file mode under the data directory. Data survives a restart, the first
 * administrator gets a generated password written once to an owner-only file, and the demo profile
 * refuses to start without its password.
 */
@Tag("own-engine")
class EmbeddedDatabaseRestartTest {

  @TempDir Path dataDir;

  @Test
  void dataSurvivesARestartAndTheGeneratedAdminPasswordIsWrittenOnce() throws Exception {
    String password;
    long deployments;
    try (ConfigurableApplicationContext first = start(Map.of())) {
      Path passwordFile = dataDir.resolve(SecurityBootstrap.PASSWORD_FILE);
      assertThat(passwordFile).exists();
      assertThat(Files.getPosixFilePermissions(passwordFile))
          .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      password = Files.readString(passwordFile).trim();
      assertThat(password).hasSizeGreaterThanOrEqualTo(20);

      IdentityService identity = first.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", password)).isTrue();
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();
      User clerk = identity.newUser("restart-probe");
      clerk.setPassword("Restart-probe-1");
      identity.saveUser(clerk);
      deployments = first.getBean(ProcessEngine.class).getRepositoryService().createDeploymentQuery().count();
    }
    assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".mv.db"));

    try (ConfigurableApplicationContext second = start(Map.of())) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().checkPassword("restart-probe", "Restart-probe-1")).isTrue();
      assertThat(engine.getIdentityService().checkPassword("admin", password)).isTrue();
      assertThat(Files.readString(dataDir.resolve(SecurityBootstrap.PASSWORD_FILE)).trim()).isEqualTo(password);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count())
          .as("a restart without model changes deploys nothing")
          .isEqualTo(deployments);
      assertThat(second.getBean(OrgUnitRepository.class).count()).isPositive();
    }
  }

  @Test
  void adminPasswordFromTheEnvironmentIsUsedAndNoFileIsWritten() {
    try (ConfigurableApplicationContext context =
        start(Map.of("gonghui.admin.user", "chief", "gonghui.admin.password", "From-env-Secret-1"))) {
      IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("chief", "From-env-Secret-1")).isTrue();
      assertThat(identity.createUserQuery().userId("chief").memberOfGroup("camunda-admin").count()).isOne();
      assertThat(dataDir.resolve(SecurityBootstrap.PASSWORD_FILE)).doesNotExist();
    }
  }

  @Test
  void demoProfileRefusesToStartWithoutItsPassword() {
    assertThatThrownBy(() -> start(Map.of("spring.profiles.active", "demo", "gonghui.demo.password", "")).close())
        .hasStackTraceContaining("GONGHUI_DEMO_PASSWORD");
  }

  private ConfigurableApplicationContext start(Map<String, Object> extra) {
    Map<String, Object> properties = new java.util.HashMap<>(extra);
    properties.put("gonghui.data-dir", dataDir.toString());
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.putIfAbsent("gonghui.admin.password", "");
    // Command-line arguments: they win over application.yaml, as the operator's environment would.
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(GonghuiApplication.class).run(args);
  }
}
