package cn.gonghui.bpm.scholarship.api;

import cn.gonghui.bpm.platform.CaseAccess;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.scholarship.ApplicationProcess;
import cn.gonghui.bpm.scholarship.CampaignProcess;
import cn.gonghui.bpm.scholarship.record.Application;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import cn.gonghui.bpm.scholarship.record.Grant;
import cn.gonghui.bpm.scholarship.record.MaterialCheck;
import cn.gonghui.bpm.scholarship.record.ScholarshipUnits;
import cn.gonghui.bpm.scholarship.record.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * /api of 金秋助学: starting a campaign or an application (as the Tasklist start forms do), a county's campaigns,
 * a campaign's figures (JSON and .xlsx), its applications (masked; a grassroots union sees only those it
 * registered), its fund ledger, the broadcaster's list (no identity numbers) and one application's case. Reads of a
 * county's figures are for its clerks, its managers and the managers above, its aid centre and chair meeting;
 * errors are answered by the platform (400 with the field, 403, 404, 409).
 */
@RestController
public class ScholarshipApiController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  static final Set<String> CAMPAIGN_START_KEYS =
      Set.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, CampaignProcess.FIELD_INTAKE_DEADLINE, CampaignProcess.FIELD_BUDGET);

  static final Set<String> APPLICATION_START_KEYS =
      Set.of(
          ApplicationProcess.FIELD_APPLICANT_TYPE,
          ApplicationProcess.FIELD_APPLICANT_NAME,
          ApplicationProcess.FIELD_APPLICANT_ID_NUMBER,
          ApplicationProcess.FIELD_STUDENT_NAME,
          ApplicationProcess.FIELD_STUDENT_ID_NUMBER,
          ApplicationProcess.FIELD_CONTACT_PHONE);

  private final CampaignService campaigns;
  private final ApplicationService applications;
  private final ScholarshipOverview overview;
  private final ScholarshipExport export;
  private final ScholarshipUnits units;
  private final CaseAccess caseAccess;
  private final RuntimeService runtime;

  public ScholarshipApiController(
      CampaignService campaigns,
      ApplicationService applications,
      ScholarshipOverview overview,
      ScholarshipExport export,
      ScholarshipUnits units,
      CaseAccess caseAccess,
      RuntimeService runtime) {
    this.campaigns = campaigns;
    this.applications = applications;
    this.overview = overview;
    this.export = export;
    this.units = units;
    this.caseAccess = caseAccess;
    this.runtime = runtime;
  }

  /** Starts the county's campaign (county clerks), with the start form's fields. */
  @PostMapping("/api/scholarship-campaigns")
  public ResponseEntity<Map<String, Object>> startCampaign(@RequestBody Map<String, Object> body) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(CampaignProcess.PROCESS_KEY, only(body, CAMPAIGN_START_KEYS, "发起金秋助学活动"));
    Campaign campaign = campaigns.require(instance.getId());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("processInstanceId", instance.getId());
    result.put("campaignId", campaign.getId());
    result.put("year", campaign.getYear());
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  /** Registers an application (the aid centre or a grassroots union), with the start form's fields. */
  @PostMapping("/api/scholarship-applications")
  public ResponseEntity<Map<String, Object>> startApplication(@RequestBody Map<String, Object> body) {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(ApplicationProcess.PROCESS_KEY, only(body, APPLICATION_START_KEYS, "登记金秋助学申请"));
    Application application = applications.require(instance.getId());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("processInstanceId", instance.getId());
    result.put("applicationNumber", application.getNumber());
    result.put("campaignId", application.getCampaignId());
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  /** A county's campaigns, newest first. */
  @GetMapping("/api/scholarship-campaigns")
  public List<ScholarshipOverview.CampaignView> campaigns(@RequestParam("county") String county) {
    units.requireCountyReader(county);
    return campaigns.ofCounty(county).stream().map(overview::view).toList();
  }

  /** A campaign's figures. */
  @GetMapping("/api/scholarship-campaigns/{id}/overview")
  public ScholarshipOverview.Overview overview(@PathVariable("id") long id) {
    return overview.of(readable(id));
  }

  /** The same figures with every application and the fund ledger, as an Excel workbook. */
  @GetMapping("/api/scholarship-campaigns/{id}/overview.xlsx")
  public ResponseEntity<byte[]> overviewXlsx(@PathVariable("id") long id) {
    Campaign campaign = readable(id);
    return xlsx(
        ScholarshipExport.fileName(campaign, "统计"),
        export.overview(overview.of(campaign), overview.rows(campaign, null), overview.ledger(campaign)));
  }

  /** The applications of a campaign, masked: all of them for the county's readers, a union's own for its clerks. */
  @GetMapping("/api/scholarship-campaigns/{id}/applications")
  public List<ScholarshipOverview.ApplicationRow> applications(@PathVariable("id") long id) {
    Campaign campaign = campaigns.require(id);
    if (units.readsCounty(campaign.getCountyCode())) {
      return overview.rows(campaign, null);
    }
    List<String> own = units.ownRegisteringUnits();
    if (own.isEmpty()) {
      throw new AuthorizationException("金秋助学的申请名单只有县总工会、职工维权帮扶中心和登记申请的基层工会可以查看");
    }
    return overview.rows(campaign, own);
  }

  /** The campaign's fund ledger with the balance after every line. */
  @GetMapping("/api/scholarship-campaigns/{id}/funds")
  public List<ScholarshipOverview.LedgerRow> funds(@PathVariable("id") long id) {
    return overview.ledger(readable(id));
  }

  /** The families that consented in writing, for the broadcaster (no identity numbers). */
  @GetMapping("/api/scholarship-campaigns/{id}/publicity")
  public List<CampaignService.PublicityRow> publicity(@PathVariable("id") long id) {
    return campaigns.publicity(readable(id).getId());
  }

  @GetMapping("/api/scholarship-campaigns/{id}/publicity.xlsx")
  public ResponseEntity<byte[]> publicityXlsx(@PathVariable("id") long id) {
    Campaign campaign = readable(id);
    return xlsx(ScholarshipExport.fileName(campaign, "播出名单"), export.publicity(campaigns.publicity(campaign.getId())));
  }

  /** One application's case as the engine lets the caller see it: identity numbers masked. */
  public record ApplicationView(
      String caseId, String number, int year, String registeredUnit, String applicantType, String applicantName,
      String maskedApplicantIdNumber, String studentName, String maskedStudentIdNumber, String step, String stepLabel, String outcome,
      String outcomeLabel, String reason, Boolean eligible, String eligibilityReason, String university, Integer programmeYears,
      List<Map<String, Object>> materials, List<Map<String, Object>> verifications, Map<String, Object> grant, Long hardshipFileId,
      Instant registeredAt, LocalDate notifiedOn) {}

  @GetMapping("/api/scholarship-applications/{caseId}")
  public ApplicationView application(@PathVariable("caseId") String caseId) {
    caseAccess.requireReadable(caseId);
    Application a = applications.require(caseId);
    Campaign campaign = campaigns.require(a.getCampaignId());
    List<Map<String, Object>> materials =
        applications.materialsOf(caseId).stream()
            .map(
                (MaterialCheck m) -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("round", m.getRound());
                  row.put("material", m.getMaterial().label());
                  row.put("required", m.getRequiredHandling().label());
                  row.put("handling", m.getHandling().label());
                  return row;
                })
            .toList();
    List<Map<String, Object>> visits =
        applications.verificationsOf(caseId).stream()
            .map(
                (Verification v) -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("visitDate", v.getVisitDate());
                  row.put("verified", v.isVerified());
                  row.put("reason", v.getReason());
                  row.put("fileCreated", v.isFileCreated());
                  return row;
                })
            .toList();
    Map<String, Object> grant = null;
    Grant g = applications.grantOf(a).orElse(null);
    if (g != null) {
      grant = new LinkedHashMap<>();
      grant.put("rank", g.getRank());
      grant.put("tier", g.getTier());
      grant.put("amount", g.getAmount());
      grant.put("recurrence", g.getRecurrence());
      grant.put("programmeYears", g.getProgrammeYears());
      grant.put("yearsPaid", g.getYearsPaid());
      grant.put("status", g.getStatus().label());
      grant.put("stopReason", g.getStopReason());
      grant.put(
          "payments",
          applications.paymentsOf(g).stream()
              .map(p -> Map.of("year", p.getYearIndex(), "amount", p.getAmount(), "paidOn", p.getPaidOn(), "campaignId", p.getCampaignId()))
              .toList());
    }
    return new ApplicationView(
        a.getProcessInstanceId(), a.getNumber(), campaign.getYear(), a.getRegisteredUnit(), a.getApplicantType().label(), a.getApplicantName(),
        ResidentIdNumber.mask(a.getApplicantIdNumber()), a.getStudentName(), ResidentIdNumber.mask(a.getStudentIdNumber()), a.getStep().name(),
        a.getStep().label(), a.getOutcome().name(), a.getOutcome().label(), a.getOutcomeReason(), a.getEligible(), a.getEligibilityReason(),
        a.getUniversity(), a.getProgrammeYears(), materials, visits, grant, a.getHardshipFileId(), a.getRegisteredAt(), a.getNotifiedOn());
  }

  private Campaign readable(long id) {
    Campaign campaign = campaigns.require(id);
    units.requireCountyReader(campaign.getCountyCode());
    return campaign;
  }

  private static Map<String, Object> only(Map<String, Object> body, Set<String> keys, String what) {
    Map<String, Object> variables = new HashMap<>();
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      if (!keys.contains(entry.getKey())) {
        throw new InvalidInputException(entry.getKey(), entry.getKey(), "不是" + what + "的字段，不能提交");
      }
      variables.put(entry.getKey(), entry.getValue());
    }
    return variables;
  }

  private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(XLSX)
        .body(content);
  }

}
