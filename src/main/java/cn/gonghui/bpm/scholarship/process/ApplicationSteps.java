package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;

import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Campaign;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The application's service tasks (BPMN: {@code ${scholarshipApplicationSteps.recordLate(execution)}}). */
@Component("scholarshipApplicationSteps")
public class ApplicationSteps {

  private final ApplicationService applications;

  public ApplicationSteps(ApplicationService applications) {
    this.applications = applications;
  }

  /** The deadline passed before the intake was complete: 过期不再受理. */
  public void recordLate(DelegateExecution execution) {
    applications.late(execution.getProcessInstanceId());
  }

  /** A later campaign that has started pays the next year at once; otherwise the case waits for its message. */
  public void findNextPayingCampaign(DelegateExecution execution) {
    Optional<Campaign> next = applications.nextPayingCampaign(execution.getProcessInstanceId());
    execution.setVariable(VAR_NEXT_CAMPAIGN_STARTED, next.isPresent());
    next.ifPresent(c -> execution.setVariable(VAR_PAYMENT_CAMPAIGN_ID, c.getId()));
  }
}
