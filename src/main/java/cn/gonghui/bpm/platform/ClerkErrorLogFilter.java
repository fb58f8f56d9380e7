package cn.gonghui.bpm.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The engine logs every failed command at ERROR with its stack trace, including a clerk's refused input
 * (a wrong check digit, a roster with a bad row) that a task or start listener reports, because the
 * engine wraps it, and the same for every other caller's error (no right, a conflict with another clerk).
 * Those are answered with a 4xx and the Chinese message, and {@link ErrorLog} logs one INFO line for them;
 * this filter keeps them out of the ERROR log, so operators' alerts stay meaningful. Every other engine
 * error is logged as before.
 */
public class ClerkErrorLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    return thrown != null && ClerkError.of(thrown) != null ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
