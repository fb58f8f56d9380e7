package cn.gonghui.bpm.scholarship;

import cn.gonghui.bpm.scholarship.record.CampaignService;

/**
 * Names of the {@code scholarship-campaign} process (processes/scholarship-campaign/scholarship-campaign.bpmn):
 * its key, activity ids, messages it sends and variables. Code and tests use these constants, never the strings.
 */
public final class CampaignProcess {

  public static final String PROCESS_KEY = "scholarship-campaign";
  public static final String DECISION_GRANT_TIER = CampaignService.DECISION_GRANT_TIER;

  // Events
  public static final String START_CAMPAIGN_STARTED = "StartEvent_CampaignStarted";
  public static final String EVENT_SURVEY_PHASE_STARTS = "Event_SurveyPhaseStarts";
  public static final String EVENT_SURVEY_OVERDUE = "Event_SurveyOverdue";
  public static final String EVENT_SURVEY_CLOSED = "Event_SurveyClosed";
  public static final String EVENT_VERIFICATION_PHASE_STARTS = "Event_VerificationPhaseStarts";
  public static final String EVENT_APPROVAL_PHASE_STARTS = "Event_ApprovalPhaseStarts";
  public static final String EVENT_CAMPAIGN_PERIOD_ENDS = "Event_CampaignPeriodEnds";
  public static final String END_FUNDS_RECORDED = "EndEvent_FundsRecorded";
  public static final String END_SURVEYS_REPORTED = "EndEvent_SurveysReported";
  public static final String END_LATE_SURVEYS_FLAGGED = "EndEvent_LateSurveysFlagged";
  public static final String END_SURVEYS_CLOSED = "EndEvent_SurveysClosed";
  public static final String END_CAMPAIGN_PERIOD_CLOSED = "EndEvent_CampaignPeriodClosed";

  // User tasks
  public static final String TASK_RECORD_FUNDS = "Task_RecordFunds";
  public static final String TASK_REPORT_SURVEY = "Task_ReportSurvey";
  public static final String TASK_PROPOSE_SHORTLIST = "Task_ProposeShortlist";
  public static final String TASK_APPROVE_SHORTLIST = "Task_ApproveShortlist";
  public static final String TASK_CONFIRM_GRANTS = "Task_ConfirmGrants";
  public static final String TASK_PREPARE_PUBLICITY = "Task_PreparePublicity";

  // Service tasks
  public static final String TASK_NOTIFY_CONTINUING_GRANTS = "Task_NotifyContinuingGrants";
  public static final String TASK_LIST_SURVEY_UNITS = "Task_ListSurveyUnits";
  public static final String TASK_FLAG_LATE_SURVEYS = "Task_FlagLateSurveys";
  public static final String TASK_RECORD_MISSING_SURVEYS = "Task_RecordMissingSurveys";
  public static final String TASK_FLAG_LATE_VERIFICATIONS = "Task_FlagLateVerifications";
  public static final String TASK_DETERMINE_GRANT_TIERS = "Task_DetermineGrantTiers";
  public static final String TASK_ANNOUNCE_OUTCOMES = "Task_AnnounceOutcomes";
  public static final String TASK_FLAG_LATE_PAYMENTS = "Task_FlagLatePayments";

  // Forms (forms/scholarship-campaign/<id>.form)
  public static final String FORM_START = "scholarship-campaign-start";

  // Variables written by the system
  public static final String VAR_CAMPAIGN_ID = "campaignId";
  public static final String VAR_CAMPAIGN_TITLE = "campaignTitle";
  public static final String VAR_AID_CENTRE = "aidCentre";
  public static final String VAR_CHAIR_MEETING = "chairMeeting";
  public static final String VAR_SURVEY_STARTS_AT = "surveyStartsAt";
  public static final String VAR_SURVEY_DUE_AT = "surveyDueAt";
  public static final String VAR_INTAKE_CLOSES_AT = "intakeClosesAt";
  public static final String VAR_VERIFICATION_ENDS_AT = "verificationEndsAt";
  public static final String VAR_PERIOD_ENDS_AT = "periodEndsAt";
  public static final String VAR_SURVEY_UNITS = "surveyUnits";
  public static final String VAR_SURVEY_UNIT = "surveyUnit";
  /** Task-local displays (personal data: names, reasons, donors). */
  public static final String VAR_FUNDS_SUMMARY = "fundsSummary";
  public static final String VAR_SHORTLIST_ITEMS = "shortlistItems";
  public static final String VAR_GRANT_ITEMS = "grantItems";
  public static final String VAR_PUBLICITY_ITEMS = "publicityItems";

  // Form fields
  public static final String FIELD_CAMPAIGN_YEAR = "campaignYear";
  public static final String FIELD_INTAKE_DEADLINE = "intakeDeadline";
  public static final String FIELD_BUDGET = "budget";
  public static final String FIELD_FUND_ROWS = "fundRows";
  public static final String FIELD_FUNDS_COMPLETE = "fundsComplete";
  public static final String FIELD_EXAM_CANDIDATES = "examCandidates";
  public static final String FIELD_ADMITTED_STUDENTS = "admittedStudents";
  public static final String FIELD_ASSISTED_APPLICATIONS = "assistedApplications";
  public static final String FIELD_AID_PLAN = "aidPlan";
  public static final String FIELD_RANKING_ROWS = "rankingRows";
  public static final String FIELD_APPROVED_RANKING = "approvedRanking";
  public static final String FIELD_STRUCK_ROWS = "struckRows";
  public static final String FIELD_SHORTLIST_DECISION = "shortlistDecision";
  public static final String FIELD_SHORTLIST_DECISION_REASON = "shortlistDecisionReason";
  public static final String FIELD_GRANTS_DECISION = "grantsDecision";
  public static final String FIELD_GRANTS_DECISION_REASON = "grantsDecisionReason";
  public static final String FIELD_BROADCAST_CHANNEL = "broadcastChannel";
  public static final String FIELD_BROADCAST_DATE = "broadcastDate";

  private CampaignProcess() {}
}
