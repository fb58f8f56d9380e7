package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication of /engine-rest, with the user's groups and tenants from
 * {@link UserMemberships} (read once per 30 seconds, not on every request: a county manager belongs to a
 * thousand tenants), and answering a missing or wrong login like every other refusal of the platform: 401
 * with the challenge and a Chinese JSON body ({@link ClerkError}), not an empty page. A password accepted moments
 * ago is not checked again ({@link VerifiedPasswords}).
 */
public class EngineRestBasicAuthentication extends HttpBasicAuthenticationProvider {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** The password as Camunda checks it, unless the same password of this user passed moments ago ({@link VerifiedPasswords}). */
  @Override
  protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
    return VerifiedPasswords.check(engine, userName, password);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    ClerkError error = ClerkError.ofStatus(401);
    response.setContentType("application/json;charset=UTF-8");
    try {
      response.getOutputStream().write(JSON.writeValueAsBytes(error.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
