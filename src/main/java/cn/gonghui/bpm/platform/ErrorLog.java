package cn.gonghui.bpm.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line per refused request, the same whichever API answered it: INFO for a caller's error (bad
 * input, no right, conflict — what the clerk was told), ERROR with the stack trace for a 500.
 */
@Component
public final class ErrorLog {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorLog.class);

  /** Who is calling, when the application runs (JAX-RS mappers are not Spring beans). */
  private static volatile IdentityService identity;

  public ErrorLog(IdentityService identityService) {
    identity = identityService;
  }

  public static void log(ClerkError error, Throwable exception, HttpServletRequest request) {
    String where = request == null ? "" : request.getMethod() + " " + request.getRequestURI();
    if (error.status() >= 500) {
      LOG.error("{} failed for {}", where, user(), exception);
    } else {
      LOG.info(
          "{} refused for {}: {} {}{}",
          where,
          user(),
          error.status(),
          error.field() == null ? "" : error.field() + " ",
          error.message());
    }
  }

  /** Whether the caller is an administrator or analyst, who may read the engine's own wording of an error. */
  public static boolean callerIsTechnical() {
    IdentityService current = identity;
    Authentication authentication = current == null ? null : current.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return false;
    }
    return authentication.getGroupIds().contains(Roles.ADMINISTRATORS) || authentication.getGroupIds().contains(Roles.ANALYSTS);
  }

  private static String user() {
    IdentityService current = identity;
    Authentication authentication = current == null ? null : current.getCurrentAuthentication();
    return authentication == null ? "-" : authentication.getUserId();
  }
}
