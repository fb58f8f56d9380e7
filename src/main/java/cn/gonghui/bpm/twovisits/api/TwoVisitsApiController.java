package cn.gonghui.bpm.twovisits.api;

import static cn.gonghui.bpm.twovisits.CampaignProcess.FIELD_START_DATE;
import static cn.gonghui.bpm.twovisits.CampaignProcess.PROCESS_KEY;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.organisation.UnitAccess;
import cn.gonghui.bpm.platform.CaseAccess;
import cn.gonghui.bpm.platform.CurrentUser;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.UnitAccessDeniedException;
import cn.gonghui.bpm.twovisits.process.CampaignLauncher;
import cn.gonghui.bpm.twovisits.record.Campaign;
import cn.gonghui.bpm.twovisits.record.CampaignDocument;
import cn.gonghui.bpm.twovisits.record.CampaignRecordService;
import cn.gonghui.bpm.twovisits.record.CampaignSchedule;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.FiguresService;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import cn.gonghui.bpm.twovisits.record.ReliefService;
import cn.gonghui.bpm.twovisits.record.VisitService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * /api of 双走访、促三保: a union starts its own campaign; a superior union launches campaigns for its grassroots unions
 * in one action; a campaign's records, a problem's steps, the problems reported to a unit; the documents of a
 * campaign; the manager view with its .xlsx. A case is named by its process instance id; reading a case goes through
 * {@link CaseAccess} (the engine decides who sees it). Errors are answered by the platform (400 with the field and a
 * Chinese message, 403, 404, 409).
 */
@RestController
public class TwoVisitsApiController {

  static final Set<String> START_KEYS = Set.of(FIELD_START_DATE);
  static final Set<String> LAUNCH_KEYS = Set.of("unit", "unions", FIELD_START_DATE);

  private final RuntimeService runtime;
  private final CampaignLauncher launcher;
  private final CampaignService campaigns;
  private final CampaignRecordService records;
  private final VisitService visits;
  private final ProblemService problems;
  private final ReliefService reliefs;
  private final FiguresService figures;
  private final TwoVisitsOverviewService overview;
  private final TwoVisitsOverviewExport export;
  private final UnitAccess unitAccess;
  private final CaseAccess caseAccess;
  private final CurrentUser currentUser;
  private final OrgUnitService orgUnits;

  public TwoVisitsApiController(
      RuntimeService runtime,
      CampaignLauncher launcher,
      CampaignService campaigns,
      CampaignRecordService records,
      VisitService visits,
      ProblemService problems,
      ReliefService reliefs,
      FiguresService figures,
      TwoVisitsOverviewService overview,
      TwoVisitsOverviewExport export,
      UnitAccess unitAccess,
      CaseAccess caseAccess,
      CurrentUser currentUser,
      OrgUnitService orgUnits) {
    this.runtime = runtime;
    this.launcher = launcher;
    this.campaigns = campaigns;
    this.records = records;
    this.visits = visits;
    this.problems = problems;
    this.reliefs = reliefs;
    this.figures = figures;
    this.overview = overview;
    this.export = export;
    this.unitAccess = unitAccess;
    this.caseAccess = caseAccess;
    this.currentUser = currentUser;
    this.orgUnits = orgUnits;
  }

  /** A grassroots union's clerk starts the union's own campaign (as from Tasklist): {@code {"startDate": "2026-10-01"}}. */
  @PostMapping("/api/two-visits/campaigns")
  public ResponseEntity<TwoVisitsViews.CampaignRow> start(@RequestBody Map<String, Object> body) {
    Map<String, Object> variables = new HashMap<>();
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      if (!START_KEYS.contains(entry.getKey())) {
        throw new InvalidInputException(entry.getKey(), entry.getKey(), "不是发起活动的字段，不能提交");
      }
      variables.put(entry.getKey(), entry.getValue());
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, variables);
    return ResponseEntity.status(HttpStatus.CREATED).body(TwoVisitsViews.CampaignRow.of(campaigns.require(instance.getId())));
  }

  /** A union below the launching one, without a campaign of the school year: code and name. */
  public record LaunchableUnion(String unitCode, String unitName) {}

  /** The grassroots unions a superior union's clerk may still launch a campaign for (school year of {@code startDate}). */
  @GetMapping("/api/two-visits/campaigns/launchable")
  public List<LaunchableUnion> launchable(
      @RequestParam("unit") String unitCode, @RequestParam(name = FIELD_START_DATE, required = false) String startDate) {
    return launcher.launchable(unitCode, startDate).stream().map(u -> new LaunchableUnion(u.getCode(), u.getName())).toList();
  }

  /**
   * A superior union launches for its grassroots unions in one action: {@code {"unit": "SFX-JY", "unions":
   * ["SFX-JY-BT", …], "startDate": …}}; without {@code unions} for every grassroots union below the unit.
   */
  @PostMapping("/api/two-visits/campaigns/launch")
  public ResponseEntity<List<CampaignLauncher.Launched>> launch(@RequestBody Map<String, Object> body) {
    for (String key : body.keySet()) {
      if (!LAUNCH_KEYS.contains(key)) {
        throw new InvalidInputException(key, key, "不是统一发起活动的字段，不能提交");
      }
    }
    Object unit = body.get("unit");
    if (!(unit instanceof String code) || code.isBlank() || code.length() > 64) {
      throw new InvalidInputException("unit", "发起单位", "请填写发起单位的组织代码");
    }
    List<String> unions = null;
    if (body.get("unions") != null) {
      if (!(body.get("unions") instanceof List<?> list) || list.size() > 1000 || !list.stream().allMatch(u -> u instanceof String)) {
        throw new InvalidInputException("unions", "基层工会", "应为组织代码的列表");
      }
      unions = list.stream().map(String.class::cast).toList();
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(launcher.launch(code, unions, body.get(FIELD_START_DATE)));
  }

  /** The campaigns of a union, newest first (its clerks, the managers above). */
  @GetMapping("/api/two-visits/campaigns")
  public List<TwoVisitsViews.CampaignRow> campaignsOf(@RequestParam("unit") String unitCode) {
    unitAccess.requireVisible(unitCode);
    return campaigns.ofUnit(unitCode).stream().map(TwoVisitsViews.CampaignRow::of).toList();
  }

  /** A whole campaign: phases, figures and the records of every phase. */
  @GetMapping("/api/two-visits/campaigns/{caseId}")
  public TwoVisitsViews.CampaignDetail campaign(@PathVariable("caseId") String caseId) {
    caseAccess.requireReadable(caseId);
    Campaign c = campaigns.require(caseId);
    long id = c.getId();
    LocalDate today = CampaignSchedule.today();
    return new TwoVisitsViews.CampaignDetail(
        TwoVisitsViews.CampaignRow.of(c),
        campaigns.phases(id).stream().map(TwoVisitsViews.PhaseView::of).toList(),
        figures.of(id),
        records.studies(id).stream().map(TwoVisitsViews.Studied::of).toList(),
        records.documents(id).stream().map(TwoVisitsViews.DocumentView::of).toList(),
        records.leadingGroup(id).stream().map(TwoVisitsViews.Member::of).toList(),
        records.notices(id).stream().map(TwoVisitsViews.Posted::of).toList(),
        records.meetings(id).stream().map(TwoVisitsViews.Held::of).toList(),
        visits.departmentVisits(id).stream().map(TwoVisitsViews.DepartmentVisitView::of).toList(),
        visits.homeVisits(id).stream().map(TwoVisitsViews.HomeVisitView::of).toList(),
        problems.ofCampaign(id).stream().map(p -> TwoVisitsViews.ProblemView.of(p, problems.steps(p.getId()), today)).toList(),
        reliefs.ofCampaign(id).stream().map(TwoVisitsViews.ReliefView::of).toList(),
        records.summaries(id).stream().map(TwoVisitsViews.SummaryView::of).toList());
  }

  /** One problem with every step, for whoever may read its case (the union, the superior it was reported to, managers). */
  @GetMapping("/api/two-visits/problems/{caseId}")
  public TwoVisitsViews.ProblemView problem(@PathVariable("caseId") String caseId) {
    caseAccess.requireReadable(caseId);
    Problem p = problems.require(caseId);
    return TwoVisitsViews.ProblemView.of(p, problems.steps(p.getId()), CampaignSchedule.today());
  }

  /** The problems reported to a superior union: for its clerks (and the managers above it). */
  @GetMapping("/api/two-visits/reported")
  public List<TwoVisitsViews.ProblemView> reportedTo(@RequestParam("unit") String unitCode) {
    unitAccess.requireVisible(unitCode);
    LocalDate today = CampaignSchedule.today();
    return problems.reportedTo(unitCode).stream().map(p -> TwoVisitsViews.ProblemView.of(p, problems.steps(p.getId()), today)).toList();
  }

  /** Uploads a document of a campaign (field {@code file}; {@code kind} 实施方案, 总结 or 计划): the union's clerks only. */
  @PostMapping(path = "/api/two-visits/campaigns/{caseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> upload(
      @PathVariable("caseId") String caseId,
      @RequestParam(name = "kind", defaultValue = "IMPLEMENTATION_PLAN") String kind,
      @RequestPart("file") MultipartFile file) {
    caseAccess.requireReadable(caseId);
    Campaign c = campaigns.require(caseId);
    if (!unitAccess.isAdministrator() && !currentUser.isMemberOf(OrgGroups.unitGroup(c.getOrgUnitCode()))) {
      throw new UnitAccessDeniedException("file", "只有" + orgUnits.require(c.getOrgUnitCode()).getName() + "的办事员可以上传本活动的文件");
    }
    CampaignDocument.Kind documentKind;
    try {
      documentKind = CampaignDocument.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "文件类别", "应为 IMPLEMENTATION_PLAN、YEAR_SUMMARY 或 NEXT_YEAR_PLAN");
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException("file", "文件", "文件读取失败，请重新上传");
    }
    CampaignDocument saved = records.upload(caseId, documentKind, file.getOriginalFilename(), content, currentUser.id());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", saved.getId());
    result.put("kind", saved.getKind().name());
    result.put("fileName", saved.getFileName());
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  /** Downloads an uploaded document, for whoever may read its campaign. */
  @GetMapping("/api/two-visits/documents/{id}")
  public ResponseEntity<byte[]> document(@PathVariable("id") long id) {
    CampaignDocument document = records.document(id);
    caseAccess.requireReadable(campaigns.requireById(document.getCampaignId()).getProcessInstanceId());
    if (document.getContent() == null) {
      throw new cn.gonghui.bpm.platform.NotFoundException("该文件没有附件，正文见活动记录");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(document.getMediaType()))
        .body(document.getContent());
  }

  /**
   * The manager view of the campaigns at or below a unit for a school year (default: the current one); a clerk's is
   * their own unit's line.
   */
  @GetMapping("/api/two-visits/overview")
  public TwoVisitsOverviewService.Overview overview(@RequestParam("unit") String unitCode, @RequestParam(name = "year", required = false) Integer year) {
    unitAccess.requireVisible(unitCode);
    return overview.overview(unitCode, checkedYear(year), unitAccess.seesUnitsBelow(unitCode));
  }

  /** The same as an Excel workbook, with every problem of the campaigns. */
  @GetMapping("/api/two-visits/overview.xlsx")
  public ResponseEntity<byte[]> overviewXlsx(@RequestParam("unit") String unitCode, @RequestParam(name = "year", required = false) Integer year) {
    unitAccess.requireVisible(unitCode);
    TwoVisitsOverviewService.Overview view = overview.overview(unitCode, checkedYear(year), unitAccess.seesUnitsBelow(unitCode));
    byte[] xlsx = export.toXlsx(view, overview.problemsOf(view));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("双走访-" + unitCode + "-" + view.year() + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(xlsx);
  }

  private static Integer checkedYear(Integer year) {
    if (year != null && (year < 2000 || year > 2100)) {
      throw new InvalidInputException("year", "学年", "应为2000到2100之间的年份");
    }
    return year;
  }
}
