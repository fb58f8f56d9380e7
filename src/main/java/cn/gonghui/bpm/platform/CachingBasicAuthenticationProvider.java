package cn.gonghui.bpm.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/** Camunda's HTTP Basic for /engine-rest, with the user's groups and tenants from {@link UserMemberships}. */
public class CachingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
    if (result.isAuthenticated() && result.getAuthenticatedUser() != null) {
      UserMemberships.Entry memberships = UserMemberships.of(engine, result.getAuthenticatedUser());
      result.setGroups(memberships.groups());
      result.setTenants(memberships.tenants());
    }
    return result;
  }
}
