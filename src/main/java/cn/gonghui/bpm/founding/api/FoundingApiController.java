package cn.gonghui.bpm.founding.api;

import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_ADDRESS;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_COMMUNITY_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_CREDIT_CODE;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_ENTERPRISE_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_OWNER_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.PROCESS_KEY;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EIGHT_HAVES_DELAY;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_EMPLOYEE_COUNT;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_ENTERPRISE_ID;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_FEMALE_EMPLOYEE_COUNT;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_HAS_PARTY_ORGANISATION;
import static cn.gonghui.bpm.founding.FoundingProcess.VAR_RECTIFICATION_PERIOD;

import cn.gonghui.bpm.enterprise.Enterprise;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.founding.record.FoundingCase;
import cn.gonghui.bpm.founding.record.FoundingCaseService;
import cn.gonghui.bpm.founding.record.RosterService;
import cn.gonghui.bpm.organisation.UnitAccess;
import cn.gonghui.bpm.platform.CaseAccess;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.approval.ApprovalRecord;
import cn.gonghui.bpm.platform.approval.ApprovalService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * /api of the union founding: starting a founding, the cases of an enterprise, a case's decisions, uploading
 * a case's member roster and the overview (三个清楚) with its .xlsx export. A case is named by its process
 * instance id. Authenticated by HTTP Basic or the web apps' session (platform); errors are answered by the
 * platform (400 with the field and a Chinese message, 403, 404, 409).
 */
@RestController
public class FoundingApiController {

  /** What a caller may pass when starting: the start form's fields, a ledger row, the two periods. */
  static final Set<String> START_KEYS =
      Set.of(
          FIELD_ENTERPRISE_NAME,
          FIELD_CREDIT_CODE,
          FIELD_ADDRESS,
          FIELD_OWNER_NAME,
          VAR_EMPLOYEE_COUNT,
          VAR_FEMALE_EMPLOYEE_COUNT,
          VAR_HAS_PARTY_ORGANISATION,
          FIELD_COMMUNITY_CODE,
          VAR_ENTERPRISE_ID,
          VAR_EIGHT_HAVES_DELAY,
          VAR_RECTIFICATION_PERIOD);

  /** A founding case as /api lists it. */
  public record CaseView(
      String caseId, long enterpriseId, String outcome, String outcomeLabel, boolean current,
      boolean rectificationOverdue, String startedBy, Instant startedAt, Instant endedAt) {}

  /** One approver's decision as /api lists it. */
  public record DecisionView(
      String subject, String decision, String decisionLabel, String reason, String unitCode, String decidedBy,
      Instant decidedAt, String taskKey) {

    static DecisionView of(ApprovalRecord r) {
      return new DecisionView(
          r.getSubject(), r.getDecision().name(), r.getDecision().label(), r.getReason(), r.getUnitCode(),
          r.getDecidedBy(), r.getDecidedAt(), r.getTaskKey());
    }
  }

  private final LedgerService ledger;
  private final FoundingCaseService cases;
  private final RosterService roster;
  private final ApprovalService approvals;
  private final OverviewService overview;
  private final OverviewExport export;
  private final UnitAccess access;
  private final CaseAccess caseAccess;
  private final RuntimeService runtimeService;

  public FoundingApiController(
      LedgerService ledger,
      FoundingCaseService cases,
      RosterService roster,
      ApprovalService approvals,
      OverviewService overview,
      OverviewExport export,
      UnitAccess access,
      CaseAccess caseAccess,
      RuntimeService runtimeService) {
    this.ledger = ledger;
    this.cases = cases;
    this.roster = roster;
    this.approvals = approvals;
    this.overview = overview;
    this.export = export;
    this.access = access;
    this.caseAccess = caseAccess;
    this.runtimeService = runtimeService;
  }

  /**
   * Starts a founding: either for an enterprise of the ledger ({@code {"enterpriseId": 12}}) or with the
   * enterprise's details, exactly as the Tasklist start form. The case runs as the calling clerk.
   */
  @PostMapping("/api/union-foundings")
  public ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> body) {
    Map<String, Object> variables = new HashMap<>();
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      if (!START_KEYS.contains(entry.getKey())) {
        throw new InvalidInputException(entry.getKey(), entry.getKey(), "不是发起建会的字段，不能提交");
      }
      variables.put(entry.getKey(), entry.getValue());
    }
    // the case's variables as the start left them, in the same transaction (no second query for the ledger's id)
    ProcessInstanceWithVariables instance =
        runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables).executeWithVariablesInReturn();
    Map<String, Object> result = new HashMap<>();
    result.put("processInstanceId", instance.getId());
    result.put(VAR_ENTERPRISE_ID, instance.getVariables().get(VAR_ENTERPRISE_ID));
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  /** The founding cases of an enterprise, newest first; the first is the one the ledger shows as current. */
  @GetMapping("/api/union-foundings")
  public List<CaseView> casesOf(@RequestParam(VAR_ENTERPRISE_ID) long enterpriseId) {
    Enterprise enterprise = ledger.require(enterpriseId);
    access.requireVisible(enterprise.getCommunityCode());
    List<FoundingCase> list = cases.ofEnterprise(enterpriseId);
    return list.stream()
        .map(
            c ->
                new CaseView(
                    c.getProcessInstanceId(), c.getEnterpriseId(), c.getOutcome().name(), c.getOutcome().label(),
                    c == list.get(0), c.isRectificationOverdue(), c.getStartedBy(), c.getStartedAt(), c.getEndedAt()))
        .toList();
  }

  /** An open founding case of a community, for the roster upload page. */
  public record OpenCaseView(String caseId, long enterpriseId, String enterpriseName, String creditCode, int employeeCount) {}

  /** The open founding cases of a community union (its clerks upload their rosters). */
  @GetMapping("/api/union-foundings/open")
  public List<OpenCaseView> open(@RequestParam("community") String communityCode) {
    access.requireVisible(communityCode);
    return cases.openIn(communityCode).stream()
        .map(
            c -> {
              Enterprise e = ledger.require(c.getEnterpriseId());
              return new OpenCaseView(c.getProcessInstanceId(), e.getId(), e.getName(), e.getCreditCode(), e.getEmployeeCount());
            })
        .toList();
  }

  /** Every approver's decision in a case (who, when, what, why), oldest first. */
  @GetMapping("/api/union-foundings/{caseId}/decisions")
  public List<DecisionView> decisions(@PathVariable("caseId") String caseId) {
    caseAccess.requireReadable(caseId);
    return approvals.ofCase(caseId).stream().map(DecisionView::of).toList();
  }

  /** Step 4: uploads the case's member roster (.xlsx or .csv, form field {@code file}); all or nothing. */
  @PostMapping(path = "/api/union-foundings/{caseId}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadRoster(
      @PathVariable("caseId") String caseId, @RequestPart(RosterService.FIELD_FILE) MultipartFile file) {
    Enterprise enterprise = cases.enterpriseOf(caseId);
    access.requireClerkOf(enterprise.getCommunityCode());
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException(RosterService.FIELD_FILE, "会员花名册", "文件读取失败，请重新上传");
    }
    int members = roster.importFile(caseId, file.getOriginalFilename(), content);
    return Map.of("processInstanceId", caseId, VAR_ENTERPRISE_ID, enterprise.getId(), "memberCount", members);
  }

  /** The 三个清楚 of a unit and of the units below it. */
  @GetMapping("/api/union-founding/overview")
  public OverviewService.Overview overview(@RequestParam("unit") String unitCode) {
    access.requireVisible(unitCode);
    return overview.overview(unitCode, access.seesUnitsBelow(unitCode));
  }

  /** The same overview as an Excel workbook. */
  @GetMapping("/api/union-founding/overview.xlsx")
  public ResponseEntity<byte[]> overviewXlsx(@RequestParam("unit") String unitCode) {
    access.requireVisible(unitCode);
    byte[] xlsx = export.toXlsx(overview.overview(unitCode, access.seesUnitsBelow(unitCode)));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("工会组建台帐-" + unitCode + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(xlsx);
  }
}
