package cn.gonghui.bpm.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN model under {@code processes/} and every Camunda Form under {@code forms/}
 * (both put on the class path by the build) as one deployment with stable, relative resource names such
 * as {@code union-founding/union-founding.bpmn}. Duplicate filtering compares each file with its last
 * deployed version: a restart without changes deploys nothing, a changed file adds exactly one new
 * version of its own definition and leaves the others alone.
 */
@Component
@Order(30)
public class ModelDeployer implements StartupStep {

  public static final String DEPLOYMENT_NAME = "gonghui-models";
  public static final String DEPLOYMENT_SOURCE = "gonghui-bpm";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
  /** Location of a models folder (ending in processes/ or forms/) → file extensions deployed from it. */
  private final Map<String, List<String>> roots;

  public ModelDeployer(
      RepositoryService repositoryService,
      @Value("${gonghui.models.processes-location:classpath*:processes/}") String processesLocation,
      @Value("${gonghui.models.forms-location:classpath*:forms/}") String formsLocation) {
    this.repositoryService = repositoryService;
    this.roots = Map.of(processesLocation, List.of("bpmn", "dmn"), formsLocation, List.of("form"));
  }

  @Override
  public void run() {
    deploy();
  }

  /** Deploys what changed; returns the new deployment, or null when nothing changed. */
  public Deployment deploy() {
    Map<String, Resource> models = findModels();
    if (models.isEmpty()) {
      LOG.warn("No models found under processes/ or forms/ on the class path");
      return null;
    }
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_SOURCE)
            .enableDuplicateFiltering(true);
    List<InputStream> open = new ArrayList<>();
    try {
      for (Map.Entry<String, Resource> model : models.entrySet()) {
        InputStream in = model.getValue().getInputStream();
        open.add(in);
        builder.addInputStream(model.getKey(), in);
      }
      long before = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
      Deployment deployment = builder.deployWithResult();
      if (repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() == before) {
        LOG.info("Models unchanged: {}", models.keySet());
        return null;
      }
      LOG.info(
          "Deployed changed models {} (of {})",
          repositoryService.getDeploymentResourceNames(deployment.getId()),
          models.keySet());
      return deployment;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read models for deployment", e);
    } finally {
      for (InputStream in : open) {
        try {
          in.close();
        } catch (IOException ignored) {
          // nothing to do
        }
      }
    }
  }

  /** Relative resource name → class-path resource, sorted for a stable deployment. */
  Map<String, Resource> findModels() {
    Map<String, Resource> models = new TreeMap<>();
    for (Map.Entry<String, List<String>> root : roots.entrySet()) {
      String location = root.getKey().endsWith("/") ? root.getKey() : root.getKey() + "/";
      String folder = location.substring(0, location.length() - 1);
      folder = folder.substring(Math.max(folder.lastIndexOf('/'), folder.lastIndexOf(':')) + 1);
      for (String extension : root.getValue()) {
        String pattern = location + "**/*." + extension;
        try {
          for (Resource resource : resolver.getResources(pattern)) {
            models.put(relativeName(resource, folder), resource);
          }
        } catch (IOException e) {
          throw new IllegalStateException("Cannot scan " + pattern, e);
        }
      }
    }
    return models;
  }

  /**
   * {@code …/classes/processes/union-founding/x.bpmn} → {@code union-founding/x.bpmn}: the name relative
   * to the last folder called like the root (so no model folder may itself be called processes or forms).
   */
  static String relativeName(Resource resource, String root) throws IOException {
    String url = resource.getURL().toString();
    String marker = "/" + root + "/";
    int at = url.lastIndexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("Model outside " + root + "/: " + url);
    }
    return url.substring(at + marker.length());
  }
}
