package cn.gonghui.bpm.platform.input;

import cn.gonghui.bpm.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The last line before the database, for every process's records: no text with a NUL, another control
 * character (but tab and line breaks) or a surrogate without its pair is inserted or updated through JPA, on
 * any database (PostgreSQL refuses a NUL, the embedded H2 would store it). Each way in checks its input with
 * the field's own name first; this refuses what slipped through as bad input (400) naming the record's field.
 */
@Component
public class StorableText implements HibernatePropertiesCustomizer, PreInsertEventListener, PreUpdateEventListener {

  @Override
  public void customize(Map<String, Object> properties) {
    Integrator integrator =
        new Integrator() {
          @Override
          public void integrate(Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor factory) {
            EventListenerRegistry registry = factory.getServiceRegistry().getService(EventListenerRegistry.class);
            registry.appendListeners(EventType.PRE_INSERT, StorableText.this);
            registry.appendListeners(EventType.PRE_UPDATE, StorableText.this);
          }

          @Override
          public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry registry) {}
        };
    properties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(integrator));
  }

  @Override
  public boolean onPreInsert(PreInsertEvent event) {
    check(event.getPersister().getPropertyNames(), event.getState());
    return false;
  }

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    check(event.getPersister().getPropertyNames(), event.getState());
    return false;
  }

  static void check(String[] names, Object[] state) {
    for (int i = 0; i < state.length && i < names.length; i++) {
      if (state[i] instanceof String text && !storable(text)) {
        throw new InvalidInputException(names[i], names[i], "含有控制字符或无法保存的字符，未保存");
      }
    }
  }

  /** No NUL or other control character (tab and line breaks aside), no surrogate without its pair. */
  public static boolean storable(String text) {
    if (JsonBodyCheck.unsafe(text)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return false;
      }
    }
    return true;
  }
}
