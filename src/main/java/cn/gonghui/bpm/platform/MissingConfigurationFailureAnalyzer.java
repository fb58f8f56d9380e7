package cn.gonghui.bpm.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link MissingConfigurationException} into Spring Boot's short "APPLICATION FAILED TO START". */
public class MissingConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MissingConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
  }
}
