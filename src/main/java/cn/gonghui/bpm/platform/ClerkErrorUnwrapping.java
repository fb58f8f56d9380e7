package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a task listener in a ProcessEngineException ("ENGINE-03051
 * There was an exception while invoking the TaskListener"). This outermost command interceptor (after
 * the transaction has been rolled back) rethrows the clerk's {@link InvalidInputException} itself, so
 * every caller of the Java API sees the field and the Chinese message.
 */
@Component
public class ClerkErrorUnwrapping extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    List<CommandInterceptor> updated = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    updated.add(0, new Interceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(updated);
  }

  /** Rethrows the innermost {@link InvalidInputException} of a wrapped engine exception. */
  public static class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        InvalidInputException invalid = ClerkError.find(e, InvalidInputException.class);
        if (invalid != null && invalid != e) {
          throw invalid;
        }
        throw e;
      }
    }
  }
}
