package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** A clerk's refused input is not logged as an engine ERROR; real engine errors are. */
class ClerkErrorLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final ClerkErrorLogFilter filter = new ClerkErrorLogFilter();

  @Test
  void aRefusedInputWrappedByTheEngineIsNotAnError() {
    ProcessEngineException wrapped =
        new ProcessEngineException("ENGINE-03051", new InvalidInputException("creditCode", "统一社会信用代码", "校验位不正确"));

    assertThat(decide(Level.ERROR, new Object[] {"ENGINE-16004", wrapped}, null)).isEqualTo(FilterReply.DENY);
    assertThat(decide(Level.ERROR, null, wrapped)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void otherEngineErrorsAreStillLogged() {
    assertThat(decide(Level.ERROR, null, new ProcessEngineException("database down"))).isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(Level level, Object[] params, Throwable thrown) {
    return filter.decide(null, context.getLogger(ClerkErrorLogFilter.ENGINE_CONTEXT_LOGGER), level, "{}", params, thrown);
  }
}
