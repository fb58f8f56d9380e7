package cn.gonghui.bpm.organisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Routing for every process: finds "the unit of level X at or above this one" and writes its code to a
 * variable, typically the candidate group of the tasks that follow. Configured on the service task by input
 * parameters, so an analyst sees and changes it in the Modeler:
 *
 * <ul>
 *   <li>{@value #LEVEL}: the org level wanted, e.g. {@code ${approvingLevel}} (a DMN result) or
 *       {@code TOWN_UNION};
 *   <li>{@value #FROM_UNIT}: the unit to start from, e.g. {@code ${orgUnitCode}};
 *   <li>{@value #RESULT_VARIABLE}: the case variable to write, e.g. {@code approverUnitCode}.
 * </ul>
 */
@Component("unitAtLevel")
public class UnitAtLevelDelegate implements JavaDelegate {

  public static final String LEVEL = "level";
  public static final String FROM_UNIT = "fromUnit";
  public static final String RESULT_VARIABLE = "resultVariable";

  private final OrgUnitService orgUnits;

  public UnitAtLevelDelegate(OrgUnitService orgUnits) {
    this.orgUnits = orgUnits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrgLevel level = OrgLevel.valueOf(parameter(execution, LEVEL));
    String from = parameter(execution, FROM_UNIT);
    String result = parameter(execution, RESULT_VARIABLE);
    String code = orgUnits.findUnitAtOrAbove(from, level).getCode();
    // the activity's own scope holds the input parameters; the result belongs to the case
    execution.getProcessInstance().setVariable(result, code);
  }

  private static String parameter(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException(
          "Service task " + execution.getCurrentActivityId() + " needs the input parameter " + name);
    }
    return value.toString().trim();
  }
}
