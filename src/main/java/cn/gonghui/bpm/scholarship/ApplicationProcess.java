package cn.gonghui.bpm.scholarship;

import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.scholarship.record.ApplicationService;

/**
 * Names of the {@code scholarship-application} process
 * (processes/scholarship-application/scholarship-application.bpmn): its key, activity ids, the messages it
 * waits for and its variables. Code and tests use these constants, never the strings.
 */
public final class ApplicationProcess {

  public static final String PROCESS_KEY = ApplicationService.PROCESS_KEY;
  public static final String DECISION_REQUIRED_MATERIALS = "scholarship-required-materials";
  public static final String DECISION_ELIGIBILITY = ApplicationService.DECISION_ELIGIBILITY;

  /** Sent by the campaign to each verified application once the county confirmed the grants. */
  public static final String MESSAGE_OUTCOME_DECIDED = "scholarshipOutcomeDecided";

  /** Sent by a later campaign to a Tier A application whose next year it pays. */
  public static final String MESSAGE_CONTINUING_PAYMENT_DUE = "scholarshipContinuingPaymentDue";

  public static final String ERROR_INELIGIBLE = "SCHOLARSHIP_INELIGIBLE";

  // Events
  public static final String START_APPLICATION_REGISTERED = "StartEvent_ApplicationRegistered";
  public static final String SUBPROCESS_INTAKE = "SubProcess_Intake";
  public static final String EVENT_INTAKE_DEADLINE_PASSED = "Event_IntakeDeadlinePassed";
  public static final String EVENT_INELIGIBLE = "Event_Ineligible";
  public static final String EVENT_OUTCOME_DECIDED = "Event_OutcomeDecided";
  public static final String EVENT_CONTINUING_PAYMENT_DUE = "Event_ContinuingPaymentDue";
  public static final String END_NOT_FUNDED = "EndEvent_NotFunded";
  public static final String END_GRANT_PAID_IN_FULL = "EndEvent_GrantPaidInFull";
  public static final String END_FUNDING_STOPPED = "EndEvent_FundingStopped";

  // User tasks
  public static final String TASK_CHECK_MATERIALS = "Task_CheckMaterials";
  public static final String TASK_DETERMINE_ELIGIBILITY = "Task_DetermineEligibility";
  public static final String TASK_SUBMIT_APPLICATION_FORM = "Task_SubmitApplicationForm";
  public static final String TASK_VERIFY_HOUSEHOLD = "Task_VerifyHousehold";
  public static final String TASK_NOTIFY_APPLICANT = "Task_NotifyApplicant";
  public static final String TASK_PAY_GRANT = "Task_PayGrant";
  public static final String TASK_CONFIRM_ENROLMENT = "Task_ConfirmEnrolment";

  // Business rule and service tasks
  public static final String TASK_DETERMINE_REQUIRED_MATERIALS = "Task_DetermineRequiredMaterials";
  public static final String TASK_RECORD_LATE_APPLICATION = "Task_RecordLateApplication";
  public static final String TASK_FIND_NEXT_PAYING_CAMPAIGN = "Task_FindNextPayingCampaign";

  // Forms (forms/scholarship-application/<id>.form)
  public static final String FORM_START = "scholarship-application-start";

  // Variables written by the system
  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_CAMPAIGN_ID = "campaignId";
  public static final String VAR_APPLICATION_NUMBER = "applicationNumber";
  public static final String VAR_SCHOLARSHIP_YEAR = "scholarshipYear";
  public static final String VAR_AID_CENTRE = "aidCentre";
  public static final String VAR_COUNTY_CODE = "countyCode";
  public static final String VAR_INTAKE_CLOSES_AT = "intakeClosesAt";
  public static final String VAR_VERIFICATION_ENDS_AT = "verificationEndsAt";
  public static final String VAR_REQUIRED_MATERIALS = "requiredMaterials";
  public static final String VAR_REQUIRED_MATERIAL_CODES = "requiredMaterialCodes";
  public static final String VAR_MATERIAL_CHECKLIST = "materialChecklist";
  public static final String VAR_MATERIAL_NOTICE = "materialNotice";
  public static final String VAR_MATERIALS_COMPLETE = "materialsComplete";
  public static final String VAR_ELIGIBLE = "eligible";
  public static final String VAR_VERIFIED = "verified";
  public static final String VAR_OUTCOME = "outcome";
  public static final String VAR_GRANT_TIER = "grantTier";
  public static final String VAR_GRANT_AMOUNT = "grantAmount";
  public static final String VAR_GRANT_RANK = "grantRank";
  public static final String VAR_GRANTED = "granted";
  public static final String VAR_PAYMENT_CAMPAIGN_ID = "paymentCampaignId";
  public static final String VAR_CONTINUING = "continuing";
  public static final String VAR_YEARS_PAID = "yearsPaid";
  public static final String VAR_NEXT_CAMPAIGN_STARTED = "nextCampaignStarted";
  public static final String VAR_ENROLLED = "enrolled";
  /** Task-local displays (personal data: names, schools, families). */
  public static final String VAR_VISIT_BRIEF = "visitBrief";
  public static final String VAR_NOTICE_TEXT = "noticeText";
  public static final String VAR_PAYMENT_DETAILS = "paymentDetails";
  public static final String VAR_ENROLMENT_DETAILS = "enrolmentDetails";

  // Start form
  public static final String FIELD_APPLICANT_TYPE = "applicantType";
  public static final String FIELD_APPLICANT_NAME = "applicantName";
  public static final String FIELD_APPLICANT_ID_NUMBER = "applicantIdNumber";
  public static final String FIELD_STUDENT_NAME = "studentName";
  public static final String FIELD_STUDENT_ID_NUMBER = "studentIdNumber";
  public static final String FIELD_CONTACT_PHONE = "contactPhone";

  // 初步认定 (inputs of scholarship-eligibility; the hardship cause has its own key: hardshipCause is the
  // register's free-text 致困原因 on the verification form)
  public static final String FIELD_IS_CURRENT_GRADUATE = "isCurrentGraduate";
  public static final String FIELD_ADMISSION_BATCH = "admissionBatch";
  public static final String FIELD_FORMALLY_ADMITTED = "formallyAdmitted";
  public static final String FIELD_GOOD_GRADES_AND_CONDUCT = "goodGradesAndConduct";
  public static final String FIELD_HAS_COUNTY_HUKOU = "hasCountyHukou";
  public static final String FIELD_FAMILY_HARDSHIP_CAUSE = "familyHardshipCause";

  // 申请表
  public static final String FIELD_UNIVERSITY = "university";
  public static final String FIELD_MAJOR = "major";
  public static final String FIELD_PROGRAMME_YEARS = "programmeYears";
  public static final String FIELD_GAOKAO_SCORE = "gaokaoScore";
  public static final String FIELD_FAMILY_SITUATION = "familySituation";
  public static final String FIELD_PUBLICITY_CONSENT = "publicityConsent";

  // 入户调查核实 (plus the register's household fields, HouseholdFields)
  public static final String FIELD_VISIT_DATE = "visitDate";
  public static final String FIELD_VISITOR_ONE = "visitorOne";
  public static final String FIELD_VISITOR_TWO = "visitorTwo";
  public static final String FIELD_FINDINGS = "findings";
  public static final String FIELD_VERIFICATION_RESULT = "verificationResult";
  public static final String FIELD_VERIFICATION_REASON = "verificationReason";
  public static final String FIELD_HOUSEHOLD_ADDRESS = HouseholdFields.ADDRESS;

  // 告知
  public static final String FIELD_NOTIFIED_ON = "notifiedOn";
  public static final String FIELD_NOTIFIED_HOW = "notifiedHow";

  // 发放
  public static final String FIELD_PAID_ON = "paidOn";
  public static final String FIELD_PAYMENT_METHOD = "paymentMethod";
  public static final String FIELD_VOUCHER_NUMBER = "voucherNumber";
  public static final String FIELD_RECEIPT_SIGNED = "receiptSigned";

  // 确认在读
  public static final String FIELD_ENROLMENT_STATUS = "enrolmentStatus";
  public static final String FIELD_CERTIFICATE_CHECKED = "certificateChecked";
  public static final String FIELD_ENROLMENT_REASON = "enrolmentReason";
  public static final String FIELD_CHECKED_ON = "checkedOn";

  private ApplicationProcess() {}
}
