package cn.gonghui.bpm.scholarship.process;

import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in a listener: the user authenticated on the engine (Tasklist, REST), or null for jobs. */
final class Actors {

  private Actors() {}

  static String userId(ProcessEngineServicesAware scope) {
    Authentication authentication = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
