package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.scholarship.record.Applicant;
import cn.gonghui.bpm.scholarship.record.ApplicantType;
import cn.gonghui.bpm.scholarship.record.Application;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of an application (the aid centre's or a grassroots union's start form, Camunda REST, /api): checks the
 * parent's and the student's identity numbers, registers the application in the county's open campaign (400 after
 * the deadline: 过期不再受理) and leaves the ids, the campaign's dates and the bodies in the case. The names and
 * numbers stay in the record only (the platform removes them from the case).
 */
@Component("scholarshipApplicationStartListener")
public class ApplicationStartListener implements ExecutionListener {

  private final ApplicationService applications;
  private final CampaignService campaigns;

  public ApplicationStartListener(ApplicationService applications, CampaignService campaigns) {
    this.applications = applications;
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Applicant applicant = applicant(FormInput.of(execution.getVariables()));
    Application application = applications.register(execution.getProcessInstanceId(), execution.getTenantId(), applicant, Actors.userId(execution));
    Campaign campaign = campaigns.require(application.getCampaignId());
    execution.setProcessBusinessKey("金秋助学" + application.getNumber());
    execution.setVariable(FIELD_APPLICANT_TYPE, applicant.type().name());
    execution.setVariable(VAR_APPLICATION_ID, application.getId());
    execution.setVariable(VAR_CAMPAIGN_ID, campaign.getId());
    execution.setVariable(VAR_PAYMENT_CAMPAIGN_ID, campaign.getId());
    execution.setVariable(VAR_APPLICATION_NUMBER, application.getNumber());
    execution.setVariable(VAR_SCHOLARSHIP_YEAR, campaign.getYear());
    execution.setVariable(VAR_COUNTY_CODE, campaign.getCountyCode());
    execution.setVariable(VAR_AID_CENTRE, OrgGroups.aidCentreGroup(campaign.getCountyCode()));
    execution.setVariable(VAR_INTAKE_CLOSES_AT, CampaignSchedule.iso(campaign.getIntakeClosesAt()));
    execution.setVariable(VAR_VERIFICATION_ENDS_AT, CampaignSchedule.iso(campaign.getVerificationEndsAt()));
  }

  /** The start form's parent and student, checked (identity numbers by their check digit, GB 11643-1999). */
  static Applicant applicant(FormInput form) {
    ApplicantType type =
        ApplicantType.valueOf(form.choice(FIELD_APPLICANT_TYPE, "申请人类型", "HARDSHIP_WORKER", "MIGRANT_WORKER", "OTHER"));
    String applicantName = form.text(FIELD_APPLICANT_NAME, "申请人姓名", 50);
    String applicantId = idNumber(form, FIELD_APPLICANT_ID_NUMBER, "申请人居民身份证号码");
    String studentName = form.text(FIELD_STUDENT_NAME, "学生姓名", 50);
    String studentId = idNumber(form, FIELD_STUDENT_ID_NUMBER, "学生居民身份证号码");
    if (studentId.equals(applicantId)) {
      throw new InvalidInputException(FIELD_STUDENT_ID_NUMBER, "学生居民身份证号码", "与申请人的号码相同：申请人是学生的父母（困难职工或农民工本人）");
    }
    String phone = form.optionalText(FIELD_CONTACT_PHONE, "联系电话", 30);
    if (phone != null && !phone.matches("[0-9+\\- ()]{5,30}")) {
      throw new InvalidInputException(FIELD_CONTACT_PHONE, "联系电话", "只能填写数字、空格和 +、-、括号");
    }
    return new Applicant(type, applicantName, applicantId, studentName, studentId, phone);
  }

  private static String idNumber(FormInput form, String key, String label) {
    String number = ResidentIdNumber.normalise(form.text(key, label, 40));
    String problem = ResidentIdNumber.problem(number);
    if (problem != null) {
      throw new InvalidInputException(key, label, problem);
    }
    return number;
  }
}
