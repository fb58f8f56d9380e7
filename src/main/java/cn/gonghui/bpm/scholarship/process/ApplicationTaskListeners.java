package cn.gonghui.bpm.scholarship.process;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import cn.gonghui.bpm.scholarship.record.AdmissionBatch;
import cn.gonghui.bpm.scholarship.record.ApplicationForm;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Determination;
import cn.gonghui.bpm.scholarship.record.EnrolmentStatus;
import cn.gonghui.bpm.scholarship.record.HardshipCause;
import cn.gonghui.bpm.scholarship.record.Handling;
import cn.gonghui.bpm.scholarship.record.Material;
import cn.gonghui.bpm.scholarship.record.ScholarshipClock;
import cn.gonghui.bpm.scholarship.record.Verification;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The listeners of the application's user tasks, one method per task and event (BPMN:
 * {@code ${scholarshipApplicationTasks.checkMaterials(task)}}): create listeners put what the clerk needs into a
 * task-local display (personal data, kept out of the history); complete listeners map the form into a service call
 * (a bad value throws, the task stays open) and the answer into a routing flag.
 */
@Component("scholarshipApplicationTasks")
public class ApplicationTaskListeners {

  private final ApplicationService applications;

  public ApplicationTaskListeners(ApplicationService applications) {
    this.applications = applications;
  }

  // ---- 核对申报材料 -------------------------------------------------------------------------------------

  /** The checklist scholarship-required-materials gave, and what the last round lacked. */
  public void showChecklist(DelegateTask task) {
    Map<Material, Handling> required = ApplicationService.required(task.getVariable(VAR_REQUIRED_MATERIALS));
    task.setVariableLocal(VAR_MATERIAL_CHECKLIST, ApplicationService.checklistText(required));
    task.setVariableLocal(VAR_REQUIRED_MATERIAL_CODES, ApplicationService.codes(required));
    String notice = applications.missingNotice(task.getProcessInstanceId());
    if (notice != null) {
      task.setVariableLocal(VAR_MATERIAL_NOTICE, notice);
    }
  }

  public void checkMaterials(DelegateTask task) {
    boolean complete =
        applications.checkMaterials(
            task.getProcessInstanceId(),
            ApplicationService.required(task.getVariable(VAR_REQUIRED_MATERIALS)),
            form(task),
            Actors.userId(task));
    task.setVariable(VAR_MATERIALS_COMPLETE, complete);
  }

  // ---- 初步认定 -----------------------------------------------------------------------------------------

  public void determineEligibility(DelegateTask task) {
    FormInput form = form(task);
    Determination determination =
        new Determination(
            form.flag(FIELD_IS_CURRENT_GRADUATE, "应届高中毕业生"),
            AdmissionBatch.valueOf(form.choice(FIELD_ADMISSION_BATCH, "录取批次", names(AdmissionBatch.values()))),
            form.flag(FIELD_FORMALLY_ADMITTED, "已被正式录取"),
            form.flag(FIELD_GOOD_GRADES_AND_CONDUCT, "品学兼优"),
            form.flag(FIELD_HAS_COUNTY_HUKOU, "具有本县户籍"),
            HardshipCause.valueOf(form.choice(FIELD_FAMILY_HARDSHIP_CAUSE, "家庭困难原因", names(HardshipCause.values()))));
    task.setVariable(VAR_ELIGIBLE, applications.determine(task.getProcessInstanceId(), determination, Actors.userId(task)).eligible());
  }

  // ---- 填写申请表 ---------------------------------------------------------------------------------------

  public void submitApplicationForm(DelegateTask task) {
    FormInput form = form(task);
    Integer score = form.optionalCount(FIELD_GAOKAO_SCORE, "高考成绩");
    if (score != null && score > 900) {
      throw new InvalidInputException(FIELD_GAOKAO_SCORE, "高考成绩", "应在0到900分之间");
    }
    applications.submitForm(
        task.getProcessInstanceId(),
        new ApplicationForm(
            form.text(FIELD_UNIVERSITY, "录取院校", 100),
            form.text(FIELD_MAJOR, "录取专业", 100),
            Integer.parseInt(form.choice(FIELD_PROGRAMME_YEARS, "学制（年）", "3", "4", "5")),
            score,
            form.text(FIELD_FAMILY_SITUATION, "家庭困难情况", 2000),
            form.flag(FIELD_PUBLICITY_CONSENT, "同意公开")),
        Actors.userId(task));
  }

  // ---- 入户调查核实 -------------------------------------------------------------------------------------

  public void showVisitBrief(DelegateTask task) {
    task.setVariableLocal(VAR_VISIT_BRIEF, applications.visitBrief(task.getProcessInstanceId()));
  }

  public void verifyHousehold(DelegateTask task) {
    FormInput form = form(task);
    boolean verified = "VERIFIED".equals(form.choice(FIELD_VERIFICATION_RESULT, "核实结论", "VERIFIED", "NOT_VERIFIED"));
    String one = form.text(FIELD_VISITOR_ONE, "核实人（一）", 50);
    String two = form.text(FIELD_VISITOR_TWO, "核实人（二）", 50);
    if (one.equals(two)) {
      throw new InvalidInputException(FIELD_VISITOR_TWO, "核实人（二）", "入户调查核实须由两人进行，请填写另一名核实人");
    }
    String reason = form.optionalText(FIELD_VERIFICATION_REASON, "未通过核实的理由", 500);
    if (!verified && reason == null) {
      throw new InvalidInputException(FIELD_VERIFICATION_REASON, "未通过核实的理由", "核实不属实时必须写明理由（将告知申请人）");
    }
    Verification.Visit visit =
        new Verification.Visit(
            ScholarshipClock.pastDate(form, FIELD_VISIT_DATE, "入户日期"), one, two, form.text(FIELD_FINDINGS, "核实情况", 2000), verified, reason);
    task.setVariable(VAR_VERIFIED, applications.verify(task.getProcessInstanceId(), visit, task.getVariables(), Actors.userId(task)));
  }

  // ---- 告知 ---------------------------------------------------------------------------------------------

  public void showNotice(DelegateTask task) {
    task.setVariableLocal(VAR_NOTICE_TEXT, applications.noticeText(task.getProcessInstanceId()));
  }

  public void notifyApplicant(DelegateTask task) {
    FormInput form = form(task);
    boolean granted =
        applications.notified(
            task.getProcessInstanceId(),
            ScholarshipClock.pastDate(form, FIELD_NOTIFIED_ON, "告知日期"),
            form.choice(FIELD_NOTIFIED_HOW, "告知方式", "IN_PERSON", "PHONE", "LETTER"),
            Actors.userId(task));
    task.setVariable(VAR_GRANTED, granted);
  }

  // ---- 发放 ---------------------------------------------------------------------------------------------

  public void showPaymentDetails(DelegateTask task) {
    task.setVariableLocal(VAR_PAYMENT_DETAILS, applications.paymentDetails(task.getProcessInstanceId(), payingCampaign(task)));
  }

  public void payGrant(DelegateTask task) {
    FormInput form = form(task);
    if (!form.flag(FIELD_RECEIPT_SIGNED, "领款人已签收")) {
      throw new InvalidInputException(FIELD_RECEIPT_SIGNED, "领款人已签收", "须由领款人（申请人或学生）签收后才能登记发放");
    }
    ApplicationService.PaymentResult result =
        applications.pay(
            task.getProcessInstanceId(),
            payingCampaign(task),
            ScholarshipClock.pastDate(form, FIELD_PAID_ON, "发放日期"),
            form.choice(FIELD_PAYMENT_METHOD, "发放方式", "CASH", "BANK_TRANSFER", "SCHOOL_ACCOUNT"),
            form.text(FIELD_VOUCHER_NUMBER, "凭证号", 50),
            Actors.userId(task));
    task.setVariable(VAR_CONTINUING, result.continuing());
    task.setVariable(VAR_YEARS_PAID, result.yearsPaid());
  }

  // ---- 确认在读 -----------------------------------------------------------------------------------------

  public void showEnrolment(DelegateTask task) {
    task.setVariableLocal(VAR_ENROLMENT_DETAILS, applications.enrolmentDetails(task.getProcessInstanceId(), payingCampaign(task)));
  }

  public void confirmEnrolment(DelegateTask task) {
    FormInput form = form(task);
    boolean enrolled =
        applications.checkEnrolment(
            task.getProcessInstanceId(),
            payingCampaign(task),
            EnrolmentStatus.valueOf(form.choice(FIELD_ENROLMENT_STATUS, "在读情况", names(EnrolmentStatus.values()))),
            form.flag(FIELD_CERTIFICATE_CHECKED, "在读证明已核验"),
            form.optionalText(FIELD_ENROLMENT_REASON, "情况说明", 500),
            ScholarshipClock.pastDate(form, FIELD_CHECKED_ON, "核验日期"),
            Actors.userId(task));
    task.setVariable(VAR_ENROLLED, enrolled);
  }

  private static long payingCampaign(DelegateTask task) {
    return ((Number) task.getVariable(VAR_PAYMENT_CAMPAIGN_ID)).longValue();
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  private static FormInput form(DelegateTask task) {
    return FormInput.of(task.getVariables());
  }
}
