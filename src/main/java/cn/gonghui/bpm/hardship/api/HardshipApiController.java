package cn.gonghui.bpm.hardship.api;

import static cn.gonghui.bpm.hardship.HouseholdFields.KEEPING_UNIT;

import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipFileViews;
import cn.gonghui.bpm.hardship.HardshipImport;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdDetails;
import cn.gonghui.bpm.hardship.RegisterAccess;
import cn.gonghui.bpm.hardship.RegisterAccessEntry;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.organisation.UnitAccess;
import cn.gonghui.bpm.platform.CurrentUser;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * /api of the hardship register (困难职工档案): create or update a household's file, list a unit's files
 * (masked), open one file (logged), import from a spreadsheet, export a unit's files (masked) and, for the
 * county federation, the access log; managers get counts by category. Only the keepers of a file's unit (its
 * clerks, the clerks of the units above, the county's 职工维权帮扶中心) see files.
 */
@RestController
public class HardshipApiController {

  static final int MAX_PAGE_SIZE = 1000;
  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final HardshipRegister register;
  private final HardshipImport importer;
  private final RegisterAccess access;
  private final RegisterExports exports;
  private final OrgUnitService orgUnits;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;

  public HardshipApiController(
      HardshipRegister register,
      HardshipImport importer,
      RegisterAccess access,
      RegisterExports exports,
      OrgUnitService orgUnits,
      UnitAccess unitAccess,
      CurrentUser currentUser) {
    this.register = register;
    this.importer = importer;
    this.access = access;
    this.exports = exports;
    this.orgUnits = orgUnits;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
  }

  /** Creates or updates a household's file; {@code keepingUnit} defaults to the clerk's own unit. */
  @PostMapping("/api/hardship-files")
  public ResponseEntity<HardshipFileViews.Full> save(@RequestBody Map<String, Object> body) {
    HouseholdDetails details = HouseholdDetails.from(body);
    String unit = keepingUnit(FormInput.of(body).optionalText(KEEPING_UNIT, "建档单位", 64));
    boolean existed = register.fileOf(details.idNumber()).isPresent();
    HardshipFile file = register.save(details, unit, "POST /api/hardship-files");
    return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(full(file));
  }

  /** The files kept by a unit and the units below it, masked, page by page (total in X-Total-Count). */
  @GetMapping("/api/hardship-files")
  public ResponseEntity<List<HardshipFileViews.Row>> list(
      @RequestParam("unit") String unitCode,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "200") int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "页码", "不能小于0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "每页条数", "应在1到" + MAX_PAGE_SIZE + "之间");
    }
    orgUnits.require(unitCode);
    List<HardshipFileViews.Row> rows =
        register.keptWithin(unitCode, page, size, "GET /api/hardship-files").stream().map(HardshipFileViews.Row::of).toList();
    return ResponseEntity.ok().header("X-Total-Count", String.valueOf(register.countKeptWithin(unitCode))).body(rows);
  }

  /** One file, whole, with its members, visits and aid (the read is logged). */
  @GetMapping("/api/hardship-files/{id}")
  public HardshipFileViews.Full read(@PathVariable("id") long id) {
    return full(register.read(id, "GET /api/hardship-files/" + id));
  }

  /** Imports households from .xlsx or .csv (multipart field {@code file}); all or nothing. */
  @PostMapping(path = "/api/hardship-files/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> importFile(
      @RequestPart(HardshipImport.FIELD_FILE) MultipartFile file,
      @RequestParam(name = "keepingUnit", required = false) String keepingUnit) {
    String unit = keepingUnit(keepingUnit == null || keepingUnit.isBlank() ? null : keepingUnit.trim());
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException(HardshipImport.FIELD_FILE, "困难职工名单", "文件读取失败，请重新上传");
    }
    int imported = importer.importFile(file.getOriginalFilename(), content, unit, "POST /api/hardship-files/import");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("keepingUnit", unit);
    result.put("imported", imported);
    return result;
  }

  /** A unit's files as a masked Excel workbook (the export is logged). */
  @GetMapping("/api/hardship-files.xlsx")
  public ResponseEntity<byte[]> export(@RequestParam("unit") String unitCode) {
    orgUnits.require(unitCode);
    access.requireKeeper(unitCode);
    access.logged(null, unitCode, RegisterAccessEntry.Action.EXPORT, "GET /api/hardship-files.xlsx");
    return xlsx("困难职工档案-" + unitCode + ".xlsx", exports.files(unitCode));
  }

  /** Households by category within a unit (managers and keepers: counts only, no file). */
  @GetMapping("/api/hardship/overview")
  public List<Map<String, Object>> overview(@RequestParam("unit") String unitCode) {
    if (!access.mayKeep(unitCode)) {
      unitAccess.requireVisible(unitCode);
    }
    return register.categoryCounts(unitCode).stream()
        .map(
            c -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("unitCode", c.getUnitCode());
              row.put("category", c.getCategory().name());
              row.put("categoryLabel", c.getCategory().label());
              row.put("households", c.getHouseholds());
              return row;
            })
        .toList();
  }

  /** The register's access log of a period, for the county federation (dates inclusive, yyyy-MM-dd). */
  @GetMapping("/api/hardship/access-log.xlsx")
  public ResponseEntity<byte[]> accessLog(
      @RequestParam("county") String countyCode, @RequestParam("from") String from, @RequestParam("to") String to) {
    access.requireCountyOf(orgUnits.require(countyCode).getCode());
    LocalDate first = date("from", "开始日期", from);
    LocalDate last = date("to", "结束日期", to);
    if (last.isBefore(first)) {
      throw new InvalidInputException("to", "结束日期", "不能早于开始日期");
    }
    return xlsx("困难职工档案查阅记录-" + from + "至" + to + ".xlsx", exports.accessLog(countyCode, first, last));
  }

  private static LocalDate date(String key, String label, String text) {
    try {
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw new InvalidInputException(key, label, "日期格式不正确，应为年-月-日，例如 2026-08-15");
    }
  }

  /** The unit a file is kept by: the one asked for, else the clerk's only unit. */
  private String keepingUnit(String requested) {
    if (requested != null) {
      if (orgUnits.find(requested).isEmpty()) {
        throw new InvalidInputException(KEEPING_UNIT, "建档单位", "不是有效的组织代码");
      }
      return requested;
    }
    List<OrgUnit> own =
        orgUnits.unitsOfUser(currentUser.id()).stream()
            .filter(u -> currentUser.isMemberOf(u.getCode()))
            .toList();
    if (own.size() != 1) {
      throw new InvalidInputException(KEEPING_UNIT, "建档单位", own.isEmpty() ? "请填写建档单位" : "您属于多个单位，请填写建档单位");
    }
    return own.get(0).getCode();
  }

  private HardshipFileViews.Full full(HardshipFile file) {
    return HardshipFileViews.Full.of(
        file, register.membersOf(file.getId()), register.visitsOf(file.getId()), register.aidOf(file.getId()));
  }

  private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(XLSX)
        .body(content);
  }
}
