package cn.gonghui.bpm.platform;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** Start-up deployment: relative resource names and duplicate filtering per file. */
@Tag("own-engine")
class ModelDeployerTest {

  static ProcessEngine engine;
  static RepositoryService repository;

  @TempDir Path root;

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:model-deployer-test;DB_CLOSE_DELAY=-1")
            .setJobExecutorActivate(false)
            .buildProcessEngine();
    repository = engine.getRepositoryService();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void deploysEveryModelWithItsPathRelativeToProcessesOrForms() throws IOException {
    Path processes = copyFixtures("relative");

    Deployment deployment = deployer(processes).deploy();

    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrder("relative/relative.bpmn", "relative/probe-decision.dmn", "relative/probe.form");
  }

  @Test
  void restartWithoutChangesAddsNoVersion() throws IOException {
    Path processes = copyFixtures("unchanged");
    String key = "unchanged-probe";
    deployer(processes).deploy();
    long deployments = repository.createDeploymentQuery().count();

    Deployment second = deployer(processes).deploy();

    assertThat(second).isNull();
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
  }

  @Test
  void changedFileAddsExactlyOneVersionOfItsOwnDefinition() throws IOException {
    Path processes = copyFixtures("changed");
    String key = "changed-probe";
    deployer(processes).deploy();
    long decisionVersions = repository.createDecisionDefinitionQuery().decisionDefinitionKey("probe-decision").count();
    Path bpmn = processes.resolve("processes/changed/changed.bpmn");
    Files.writeString(bpmn, Files.readString(bpmn).replace("办理测试事项", "办理修改后的测试事项"));

    Deployment deployment = deployer(processes).deploy();

    assertThat(repository.getDeploymentResourceNames(deployment.getId())).containsExactly("changed/changed.bpmn");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(2);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion())
        .isEqualTo(2);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("probe-decision").count())
        .isEqualTo(decisionVersions);
  }

  /** Writes processes/NAME/NAME.bpmn (process key NAME-probe), a DMN and forms/NAME/probe.form under the temp root. */
  private Path copyFixtures(String name) throws IOException {
    Path processes = Files.createDirectories(root.resolve("processes").resolve(name));
    Path forms = Files.createDirectories(root.resolve("forms").resolve(name));
    Files.writeString(
        processes.resolve(name + ".bpmn"),
        fixture("security-probe.bpmn").replace("\"security-probe\"", "\"" + name + "-probe\""));
    Files.writeString(processes.resolve("probe-decision.dmn"), fixture("probe-decision.dmn"));
    Files.writeString(forms.resolve("probe.form"), fixture("probe.form"));
    return root;
  }

  private ModelDeployer deployer(Path root) {
    return new ModelDeployer(
        repository, root.resolve("processes").toUri() + "", root.resolve("forms").toUri() + "");
  }

  private static String fixture(String name) throws IOException {
    return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
  }
}
