package cn.gonghui.bpm.founding.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in a listener: the user authenticated on the engine (Tasklist, REST), or null for jobs. */
final class Actors {

  private Actors() {}

  static String userId(ProcessEngineServicesAware scope) {
    Authentication authentication = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  static long enterpriseId(VariableScope scope) {
    Object value = scope.getVariable(cn.gonghui.bpm.founding.FoundingProcess.VAR_ENTERPRISE_ID);
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalStateException("The case has no enterpriseId");
  }
}
