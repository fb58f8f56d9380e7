package cn.gonghui.bpm.platform;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The DMN engine of the platform: Camunda's, with FEEL expressions parsed once ({@link CachingFeelEngine}).
 * Decision tables are evaluated at every case start (who approves a founding) and through
 * {@code /engine-rest/decision-definition/…/evaluate}; parsing each rule's text on every evaluation made
 * that the most expensive part of both. The platform defines no custom FEEL functions; a
 * {@code dmnFeelCustomFunctionProviders} setting would need to be handed to {@link CachingFeelEngine} too.
 */
@Component
public class CachingDmnEngine extends AbstractProcessEnginePlugin {

  /** A DMN engine configuration as the process engine uses it (for tools and benchmarks outside the engine). */
  public static DefaultDmnEngineConfiguration dmnEngineConfiguration() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new CachingFeelEngine.Factory());
    return configuration;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(dmnEngineConfiguration());
    } else {
      configuration.getDmnEngineConfiguration().setFeelEngineFactory(new CachingFeelEngine.Factory());
    }
  }
}
