package cn.gonghui.bpm.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Engine gauges for /actuator/prometheus: what an operator watches on a union server. Each is one
 * count query, run at scrape time (outside any user's authentication, so it counts everything).
 */
@Component
public class EngineMetrics implements MeterBinder {

  private final ProcessEngine engine;

  public EngineMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("gonghui.engine.incidents.open", () -> engine.getRuntimeService().createIncidentQuery().count())
        .description("Open incidents (failed jobs out of retries and other incidents)")
        .register(registry);
    Gauge.builder(
            "gonghui.engine.jobs.due",
            () ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .executable()
                    .duedateLowerThen(new Date())
                    .count())
        .description("Jobs that are due and waiting for the job executor")
        .register(registry);
    Gauge.builder("gonghui.engine.tasks.open", () -> engine.getTaskService().createTaskQuery().count())
        .description("Open user tasks")
        .register(registry);
  }
}
