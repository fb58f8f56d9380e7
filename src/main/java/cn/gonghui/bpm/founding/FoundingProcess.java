package cn.gonghui.bpm.founding;

import cn.gonghui.bpm.enterprise.EnterpriseFields;
import cn.gonghui.bpm.platform.CaseVariables;

/**
 * Names of the {@code union-founding} process (processes/union-founding/union-founding.bpmn): its key,
 * activity ids, decision keys and variables. Code and tests use these constants, never the strings.
 */
public final class FoundingProcess {

  public static final String PROCESS_KEY = "union-founding";

  // Decisions (contract names)
  public static final String DECISION_ORGANISATION_FORM = "union-organisation-form";
  public static final String DECISION_APPROVAL_AUTHORITY = "union-founding-approval-authority";
  public static final String DECISION_CADRE_ELIGIBILITY = "union-cadre-eligibility";
  public static final String DECISION_EIGHT_HAVES = "union-eight-haves";

  // Events
  public static final String START_FOUNDING_REQUESTED = "StartEvent_FoundingRequested";
  public static final String END_FOUNDING_REFUSED = "EndEvent_FoundingRefused";
  public static final String END_JOINED_JOINT_UNION = "EndEvent_JoinedJointUnion";
  public static final String EVENT_UNION_ESTABLISHED = "Event_UnionEstablished";
  public static final String TIMER_EIGHT_HAVES_DUE = "Event_EightHavesDue";
  public static final String TIMER_RECTIFICATION_OVERDUE = "Event_RectificationOverdue";
  public static final String END_STANDARD_MET = "EndEvent_StandardMet";
  public static final String END_OVERDUE_FLAGGED = "EndEvent_OverdueFlagged";

  // User tasks (step numbers of source 000:167)
  public static final String TASK_RECORD_PARTY_NOMINATION = "Task_RecordPartyNomination"; // 1, with party org
  public static final String TASK_AGREE_PREPARATORY_GROUP = "Task_AgreePreparatoryGroup"; // 1, without
  public static final String TASK_SUBMIT_FOUNDING_REPORT = "Task_SubmitFoundingReport"; // 2
  public static final String TASK_REVIEW_FOUNDING_REPORT = "Task_ReviewFoundingReport"; // 2
  public static final String TASK_RECORD_PUBLICITY = "Task_RecordPublicity"; // 3
  public static final String TASK_REGISTER_MEMBERS = "Task_RegisterMembers"; // 4
  public static final String TASK_RECORD_JOINT_UNION_ACCESSION = "Task_RecordJointUnionAccession"; // 4, ≤ 7
  public static final String TASK_NOMINATE_CANDIDATES = "Task_NominateCandidates"; // 5
  public static final String TASK_RECORD_PARTY_APPROVAL = "Task_RecordPartyApproval"; // 5
  public static final String TASK_APPROVE_CANDIDATES = "Task_ApproveCandidates"; // 5
  public static final String TASK_RECORD_ELECTION = "Task_RecordElection"; // 6
  public static final String TASK_REVIEW_ELECTION_RESULT = "Task_ReviewElectionResult"; // 7
  public static final String TASK_CHECK_EIGHT_HAVES = "Task_CheckEightHaves";
  public static final String TASK_RECTIFY_EIGHT_HAVES = "Task_RectifyEightHaves";

  // Business rule and service tasks
  public static final String TASK_DETERMINE_APPROVAL_AUTHORITY = "Task_DetermineApprovalAuthority";
  public static final String TASK_ASSIGN_APPROVING_UNIT = "Task_AssignApprovingUnit";
  public static final String TASK_CLOSE_REFUSED_FOUNDING = "Task_CloseRefusedFounding";
  public static final String TASK_DETERMINE_ORGANISATION_FORM = "Task_DetermineOrganisationForm";
  public static final String TASK_ESTABLISH_UNION = "Task_EstablishUnion"; // 8
  public static final String TASK_EVALUATE_EIGHT_HAVES = "Task_EvaluateEightHaves";
  public static final String TASK_RECORD_EIGHT_HAVES_RESULT = "Task_RecordEightHavesResult";
  public static final String TASK_RECORD_STANDARD_MET = "Task_RecordStandardMet";
  public static final String TASK_FLAG_RECTIFICATION_OVERDUE = "Task_FlagRectificationOverdue";

  // Forms (forms/union-founding/<id>.form)
  public static final String FORM_START = "union-founding-start";

  // Routing variables
  public static final String VAR_ENTERPRISE_ID = EnterpriseFields.ENTERPRISE_ID;
  public static final String VAR_ORG_UNIT_CODE = CaseVariables.ORG_UNIT_CODE;
  public static final String VAR_HAS_PARTY_ORGANISATION = EnterpriseFields.HAS_PARTY_ORGANISATION;
  public static final String VAR_EMPLOYEE_COUNT = EnterpriseFields.EMPLOYEE_COUNT;
  public static final String VAR_FEMALE_EMPLOYEE_COUNT = EnterpriseFields.FEMALE_EMPLOYEE_COUNT;
  public static final String VAR_MEMBER_COUNT = "memberCount";
  public static final String VAR_APPROVING_LEVEL = "approvingLevel";
  public static final String VAR_APPROVER_UNIT_CODE = "approverUnitCode";
  public static final String VAR_REPORT_DECISION = "reportDecision";
  public static final String VAR_REQUIRED_STRUCTURES = "requiredStructures";
  public static final String VAR_PARTY_CANDIDATE_DECISION = "partyCandidateDecision";
  public static final String VAR_SUPERIOR_CANDIDATE_DECISION = "superiorCandidateDecision";
  public static final String VAR_CANDIDATES_APPROVED = "candidatesApproved";
  public static final String VAR_ELECTION_DECISION = "electionDecision";
  public static final String VAR_UNION_CODE = "unionCode";
  public static final String VAR_EIGHT_HAVES_DELAY = "eightHavesDelay";
  public static final String VAR_RECTIFICATION_PERIOD = "rectificationPeriod";
  public static final String VAR_MISSING = "missing";
  /** What an approval task decides on, as text for its form (task-local, kept out of the history). */
  public static final String VAR_REVIEW_ITEMS = "reviewItems";
  /** The missing 八有 items as one line for the rectification form (印章、档案). */
  public static final String VAR_MISSING_ITEMS = "missingItems";
  public static final String VAR_APPROVAL_NUMBER = "approvalNumber";
  /**
   * The enterprise's name, copied from the ledger as a display label: Tasklist cards and Cockpit show
   * which enterprise a task is about. The ledger stays the record; the business key is the credit code.
   */
  public static final String VAR_ENTERPRISE_NAME = EnterpriseFields.NAME;

  // Start form fields (read by the start listener into the ledger; the personal ones are removed by the platform)
  public static final String FIELD_COMMUNITY_CODE = EnterpriseFields.COMMUNITY_CODE;
  public static final String FIELD_ENTERPRISE_NAME = EnterpriseFields.NAME;
  public static final String FIELD_CREDIT_CODE = EnterpriseFields.CREDIT_CODE;
  public static final String FIELD_ADDRESS = EnterpriseFields.ADDRESS;
  public static final String FIELD_OWNER_NAME = EnterpriseFields.OWNER_NAME;

  // Task form fields (read by the task listeners into the records; personal ones removed by the platform)
  public static final String FIELD_PARTY_ORGANISATION_NAME = "partyOrganisationName";
  public static final String FIELD_NOMINATION_DATE = "nominationDate";
  public static final String FIELD_CONSULTATION_DATE = "consultationDate";
  public static final String FIELD_PREPARATORY_MEMBERS = "preparatoryMembers";
  public static final String FIELD_REPORT_DATE = "reportDate";
  public static final String FIELD_REPORT_SUMMARY = "reportSummary";
  public static final String FIELD_REPORT_DECISION_REASON = "reportDecisionReason";
  public static final String FIELD_PUBLICITY_DATE = "publicityDate";
  public static final String FIELD_PUBLICITY_MEANS = "publicityMeans";
  public static final String FIELD_EMPLOYEES_REACHED = "employeesReached";
  public static final String FIELD_MEMBER_ROWS = "memberRows";
  public static final String FIELD_JOINT_UNION_NAME = "jointUnionName";
  public static final String FIELD_ACCESSION_DATE = "accessionDate";
  public static final String FIELD_CANDIDATE_ROWS = "candidateRows";
  public static final String FIELD_NOMINATION_METHOD = "nominationMethod";
  public static final String FIELD_PARTY_CANDIDATE_REASON = "partyCandidateReason";
  public static final String FIELD_SUPERIOR_CANDIDATE_REASON = "superiorCandidateReason";
  public static final String FIELD_ASSEMBLY_TYPE = "assemblyType";
  public static final String FIELD_ELECTION_DATE = "electionDate";
  public static final String FIELD_VOTERS_PRESENT = "votersPresent";
  public static final String FIELD_ELECTED_ROWS = "electedRows";
  public static final String FIELD_ELECTION_DECISION_REASON = "electionDecisionReason";
  public static final String FIELD_FULL_TIME_CHAIR_ARRANGED = "fullTimeChairArranged";
  public static final String FIELD_RECTIFICATION_NOTE = "rectificationNote";

  /** 八有 inputs of {@value #DECISION_EIGHT_HAVES}, in the order of the source (000:169). */
  public static final String[] EIGHT_HAVES_INPUTS = {
    "hasNameplate", "hasApproval", "hasSeal", "hasFunds", "hasPremises", "hasRules", "hasActivities", "hasArchives"
  };

  // Outputs of union-organisation-form
  public static final String STRUCTURE_JOINT_UNION_OR_GROUP = "JOINT_UNION_OR_GROUP";
  public static final String STRUCTURE_UNION_COMMITTEE = "UNION_COMMITTEE";
  public static final String STRUCTURE_AUDIT_COMMITTEE = "AUDIT_COMMITTEE";
  public static final String STRUCTURE_FULL_TIME_CHAIR = "FULL_TIME_CHAIR";
  public static final String STRUCTURE_WOMEN_COMMITTEE = "WOMEN_COMMITTEE";

  private FoundingProcess() {}
}
