package cn.gonghui.bpm.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupStep} once all beans exist and before the web server starts, so no request
 * sees a half-initialised platform (no admin yet, models not deployed).
 */
@Component
public class StartupSequence implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);

  private final ObjectProvider<StartupStep> steps;

  public StartupSequence(ObjectProvider<StartupStep> steps) {
    this.steps = steps;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<StartupStep> ordered = steps.orderedStream().toList();
    for (StartupStep step : ordered) {
      LOG.debug("Start-up step {}", step.getClass().getSimpleName());
      step.run();
    }
  }
}
