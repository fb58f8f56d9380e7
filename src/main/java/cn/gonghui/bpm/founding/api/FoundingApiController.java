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

import cn.gonghui.bpm.founding.FormInput;
import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.EnterpriseDetails;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.founding.roster.RosterService;
import cn.gonghui.bpm.platform.CurrentUser;
import cn.gonghui.bpm.platform.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * /api of the union founding: the enterprise ledger, starting a founding, uploading a member roster and
 * the overview (三个清楚) with its .xlsx export. Authenticated by HTTP Basic (platform); errors are
 * answered by the platform's ApiExceptionHandler (400 with the field and a Chinese message, 403, 404).
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

  static final int MAX_PAGE_SIZE = 1000;
  static final String TOTAL_COUNT = "X-Total-Count";

  private final LedgerService ledger;
  private final RosterService roster;
  private final OverviewService overview;
  private final OverviewExport export;
  private final LedgerAccess access;
  private final CurrentUser currentUser;
  private final RuntimeService runtimeService;

  public FoundingApiController(
      LedgerService ledger,
      RosterService roster,
      OverviewService overview,
      OverviewExport export,
      LedgerAccess access,
      CurrentUser currentUser,
      RuntimeService runtimeService) {
    this.ledger = ledger;
    this.roster = roster;
    this.overview = overview;
    this.export = export;
    this.access = access;
    this.currentUser = currentUser;
    this.runtimeService = runtimeService;
  }

  /** Registers (or updates) an enterprise in the ledger of the clerk's community union. */
  @PostMapping("/api/enterprises")
  public ResponseEntity<EnterpriseView> register(@RequestBody Map<String, Object> body) {
    EnterpriseDetails details = EnterpriseDetails.from(body);
    String community =
        ledger.communityOf(currentUser.id(), FormInput.of(body).optionalText(FIELD_COMMUNITY_CODE, "所属社区工会", 64));
    Enterprise enterprise = ledger.register(details, community, currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(EnterpriseView.of(enterprise));
  }

  /**
   * The ledger of a community union (or, for its managers, of every community below a town or county union), page by page
   * ({@code page} from 0, {@code size} up to 1000, default 200); the header X-Total-Count gives the total.
   */
  @GetMapping("/api/enterprises")
  public ResponseEntity<List<EnterpriseView>> list(
      @RequestParam("community") String unitCode,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "200") int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "页码", "不能小于0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "每页条数", "应在1到" + MAX_PAGE_SIZE + "之间");
    }
    List<String> communities = OverviewService.communities(access.scope(unitCode));
    if (communities.isEmpty()) {
      return ResponseEntity.ok().header(TOTAL_COUNT, "0").body(List.of());
    }
    return ResponseEntity.ok()
        .header(TOTAL_COUNT, String.valueOf(ledger.countInCommunities(communities)))
        .body(ledger.inCommunities(communities, page, size).stream().map(EnterpriseView::of).toList());
  }

  /**
   * Starts a founding: either for an enterprise of the ledger ({@code {"enterpriseId": 12}}) or with the
   * enterprise's details, exactly as the Tasklist start form. The case runs as the calling clerk.
   */
  @PostMapping("/api/union-foundings")
  public ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> body) {
    Map<String, Object> variables = new HashMap<>();
    body.forEach(
        (key, value) -> {
          if (START_KEYS.contains(key)) {
            variables.put(key, value);
          }
        });
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    Map<String, Object> result = new HashMap<>();
    result.put("processInstanceId", instance.getId());
    result.put(VAR_ENTERPRISE_ID, runtimeService.getVariable(instance.getId(), VAR_ENTERPRISE_ID));
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  /** Step 4: uploads the member roster (.xlsx or .csv, form field {@code file}); all or nothing. */
  @PostMapping(path = "/api/union-foundings/{enterpriseId}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> uploadRoster(
      @PathVariable("enterpriseId") long enterpriseId, @RequestPart(RosterService.FIELD_FILE) MultipartFile file) {
    Enterprise enterprise = ledger.require(enterpriseId);
    access.requireClerkOf(enterprise.getCommunityCode());
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException(RosterService.FIELD_FILE, "会员花名册", "文件读取失败，请重新上传");
    }
    int members = roster.importFile(enterpriseId, file.getOriginalFilename(), content);
    return Map.of(VAR_ENTERPRISE_ID, enterpriseId, "memberCount", members);
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
