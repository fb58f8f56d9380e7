package cn.gonghui.bpm.twovisits;

import cn.gonghui.bpm.platform.CaseVariables;

/**
 * Names of the {@code two-visits-campaign} process (processes/two-visits-campaign/two-visits-campaign.bpmn): one
 * grassroots union's 双走访、促三保 campaign of one school year in four phases (source 000:39-101). Code and tests
 * use these constants, never the strings.
 */
public final class CampaignProcess {

  public static final String PROCESS_KEY = "two-visits-campaign";

  public static final String DECISION_FESTIVAL_RELIEF = "festival-relief-standard";

  // Events
  public static final String START_CAMPAIGN = "StartEvent_CampaignStarted";
  public static final String END_CAMPAIGN = "EndEvent_CampaignCompleted";
  public static final String TIMER_RELIEF_DUE = "Event_FestivalReliefDue";

  // Phases (expanded sub-processes) and their lateness timers
  public static final String PHASE_PUBLICITY = "SubProcess_Publicity";
  public static final String PHASE_VISITS = "SubProcess_Visits";
  public static final String PHASE_RESEARCH = "SubProcess_Research";
  public static final String PHASE_LONG_TERM = "SubProcess_LongTerm";
  public static final String[] PHASES = {PHASE_PUBLICITY, PHASE_VISITS, PHASE_RESEARCH, PHASE_LONG_TERM};
  public static final String[] LATE_TIMERS = {
    "Event_PublicityLate", "Event_VisitsLate", "Event_ResearchLate", "Event_LongTermLate"
  };
  public static final String[] LATE_FLAGS = {
    "Task_FlagPublicityLate", "Task_FlagVisitsLate", "Task_FlagResearchLate", "Task_FlagLongTermLate"
  };

  // User tasks, phase 1 宣传发动
  public static final String TASK_RECORD_STUDY = "Task_RecordStudy";
  public static final String TASK_DRAFT_IMPLEMENTATION_PLAN = "Task_DraftImplementationPlan";
  public static final String TASK_FORM_LEADING_GROUP = "Task_FormLeadingGroup";
  public static final String TASK_POST_NOTICE = "Task_PostNotice";
  public static final String TASK_HOLD_GROUP_MEETING = "Task_HoldGroupMeeting";
  // phase 2 深入走访
  public static final String TASK_LIST_VISIT_TARGETS = "Task_ListVisitTargets";
  public static final String TASK_VISIT_DEPARTMENT = "Task_VisitDepartment";
  public static final String TASK_VISIT_HOUSEHOLD = "Task_VisitHousehold";
  // phase 3 研究解决
  public static final String TASK_REVIEW_RESEARCH = "Task_ReviewResearch";
  public static final String TASK_HOLD_FESTIVAL_RELIEF = "Task_HoldFestivalRelief";
  public static final String TASK_PAY_FESTIVAL_RELIEF = "Task_PayFestivalRelief";
  // phase 4 长效机制
  public static final String TASK_WRITE_YEAR_SUMMARY = "Task_WriteYearSummary";
  public static final String TASK_PLAN_NEXT_YEAR = "Task_PlanNextYear";
  public static final String TASK_HOLD_CONGRESS = "Task_HoldCongress";

  // Forms
  public static final String FORM_START = "two-visits-campaign-start";

  // Variables written by the system
  public static final String VAR_ORG_UNIT_CODE = CaseVariables.ORG_UNIT_CODE;
  public static final String VAR_CAMPAIGN_ID = "campaignId";
  public static final String VAR_SUPERIOR_UNIT_CODE = "superiorUnitCode";
  public static final String VAR_CAMPAIGN_YEAR = "campaignYear";
  /** 「2026—2027学年」: the task cards' label of the campaign. */
  public static final String VAR_CAMPAIGN_LABEL = "campaignLabel";
  /** The last day of each phase's window (a date): due date of its tasks, its lateness timer. */
  public static final String[] VAR_PHASE_DUE = {"phase1Due", "phase2Due", "phase3Due", "phase4Due"};
  /** The first moment after each phase's window: its lateness timer fires then. */
  public static final String[] VAR_PHASE_LATE_AT = {"phase1LateAt", "phase2LateAt", "phase3LateAt", "phase4LateAt"};
  public static final String VAR_RELIEF_OPENS_AT = "reliefOpensAt";
  public static final String VAR_RELIEF_DUE = "reliefDue";
  public static final String VAR_DEPARTMENT_VISIT_IDS = "departmentVisitIds";
  public static final String VAR_DEPARTMENT_VISIT_ID = "departmentVisitId";
  public static final String VAR_HOME_VISIT_IDS = "homeVisitIds";
  public static final String VAR_HOME_VISIT_ID = "homeVisitId";
  public static final String VAR_LAUNCHED_BY = "launchedBy";
  public static final String VAR_LAUNCHED_BY_UNIT = "launchedByUnit";
  /** Task-local texts the forms show: what a visit is about, the register's households, figures, problems. */
  public static final String VAR_VISIT_SUBJECT = "visitSubject";
  public static final String VAR_REGISTER_HOUSEHOLDS = "registerHouseholds";
  public static final String VAR_PROBLEM_OVERVIEW = "problemOverview";
  public static final String VAR_RELIEF_LIST = "reliefList";
  public static final String VAR_CAMPAIGN_FIGURES = "campaignFigures";
  /** Local input of the lateness flags: which phase (1-4). */
  public static final String VAR_LATE_PHASE = "latePhase";

  // Start form
  public static final String FIELD_START_DATE = "startDate";

  // Task form fields
  public static final String FIELD_STUDY_DATE = "studyDate";
  public static final String FIELD_DOCUMENTS = "documentsStudied";
  public static final String FIELD_PARTICIPANTS = "participants";
  public static final String FIELD_PLAN_TITLE = "planTitle";
  public static final String FIELD_PLAN_TEXT = "planText";
  public static final String FIELD_GROUP_MEMBERS = "groupMembers";
  public static final String FIELD_POSTED_ON = "postedOn";
  public static final String FIELD_POSTED_ITEMS = "postedItems";
  public static final String FIELD_MEETING_DATE = "meetingDate";
  public static final String FIELD_ATTENDEES = "attendees";
  public static final String FIELD_MEASURES = "measures";
  public static final String FIELD_DEPARTMENTS = "departments";
  public static final String FIELD_NEW_HOUSEHOLDS = "newHouseholds";
  public static final String FIELD_VISIT_DATE = "visitDate";
  public static final String FIELD_VISIT_FORM = "visitForm";
  public static final String FIELD_PEOPLE_REACHED = "peopleReached";
  public static final String FIELD_OPINIONS = "opinions";
  public static final String FIELD_PAY_OPINIONS = "payOpinions";
  public static final String FIELD_PROBLEMS = "problems";
  public static final String FIELD_VISITORS = "visitors";
  public static final String FIELD_FINDINGS = "findings";
  public static final String FIELD_REVIEW_NOTE = "reviewNote";
  public static final String FIELD_RELIEF_DATE = "reliefDate";
  public static final String FIELD_RELIEF_VISITORS = "reliefVisitors";
  public static final String FIELD_RETIREES = "retirees";
  public static final String FIELD_SUMMARY_TITLE = "summaryTitle";
  public static final String FIELD_SUMMARY_TEXT = "summaryText";
  public static final String FIELD_SUMMARY_DATE = "summaryDate";
  public static final String FIELD_WORK_PLAN_TITLE = "workPlanTitle";
  public static final String FIELD_WORK_PLAN_TEXT = "workPlanText";
  public static final String FIELD_TWO_VISITS_INCLUDED = "twoVisitsIncluded";
  public static final String FIELD_CONGRESS_DATE = "congressDate";
  public static final String FIELD_DELEGATES_TOTAL = "delegatesTotal";
  public static final String FIELD_DELEGATES_PRESENT = "delegatesPresent";
  public static final String FIELD_RESOLUTIONS = "resolutions";

  // Choices
  public static final String VISIT_FORM_INTERVIEW = "INTERVIEW";
  public static final String VISIT_FORM_FORUM = "FORUM";
  public static final String VISIT_FORM_BOTH = "BOTH";

  private CampaignProcess() {}
}
