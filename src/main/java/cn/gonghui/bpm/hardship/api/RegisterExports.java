package cn.gonghui.bpm.hardship.api;

import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.RegisterAccessEntry;
import cn.gonghui.bpm.hardship.RegisterAccessLog;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register's Excel exports: a unit's files (masked, no income or illness) and the access log. */
@Component
class RegisterExports {

  static final List<String> FILE_HEADERS =
      List.of("档案编号", "姓名", "居民身份证号码（隐去中间位）", "工作单位", "家庭人口", "困难类别", "建档单位", "更新时间");
  static final List<String> LOG_HEADERS = List.of("时间", "用户", "操作", "档案编号", "单位", "途径");
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);
  private static final int PAGE = 1000;

  private final HardshipRegister register;
  private final RegisterAccessLog log;
  private final OrgUnitService orgUnits;

  RegisterExports(HardshipRegister register, RegisterAccessLog log, OrgUnitService orgUnits) {
    this.register = register;
    this.log = log;
    this.orgUnits = orgUnits;
  }

  @Transactional(readOnly = true)
  byte[] files(String unitCode) {
    return write(
        "困难职工档案",
        FILE_HEADERS,
        sheet -> {
          int r = 1;
          List<HardshipFile> page = List.of();
          for (int p = 0; p == 0 || page.size() == PAGE; p++) {
            page = register.pageWithin(unitCode, p, PAGE);
            for (HardshipFile f : page) {
              Row row = sheet.createRow(r++);
              int c = 0;
              row.createCell(c++).setCellValue(f.getId());
              row.createCell(c++).setCellValue(f.getWorkerName());
              row.createCell(c++).setCellValue(ResidentIdNumber.mask(f.getIdNumber()));
              row.createCell(c++).setCellValue(f.getWorkplace());
              row.createCell(c++).setCellValue(f.getHouseholdSize());
              row.createCell(c++).setCellValue(f.getCategory().label());
              row.createCell(c++).setCellValue(f.getKeepingUnitCode());
              row.createCell(c).setCellValue(TIME.format(f.getUpdatedAt()));
            }
          }
        });
  }

  /** The accesses of the period to files of units within the county (and the county's own lists). */
  @Transactional(readOnly = true)
  byte[] accessLog(String countyCode, LocalDate from, LocalDate to) {
    Set<String> units =
        orgUnits.supervisoryTree(countyCode).stream().map(u -> u.getCode()).collect(Collectors.toSet());
    return write(
        "查阅记录",
        LOG_HEADERS,
        sheet -> {
          int r = 1;
          List<RegisterAccessEntry> page = List.of();
          for (int p = 0; p == 0 || page.size() == PAGE; p++) {
            page =
                log.findByAtBetweenOrderByIdAsc(
                    from.atStartOfDay(CHINA).toInstant(), to.plusDays(1).atStartOfDay(CHINA).toInstant(), PageRequest.of(p, PAGE));
            for (RegisterAccessEntry e : page) {
              if (e.getUnitCode() != null && !units.contains(e.getUnitCode()) && !withinCommunities(e.getUnitCode(), units)) {
                continue;
              }
              Row row = sheet.createRow(r++);
              int c = 0;
              row.createCell(c++).setCellValue(TIME.format(e.getAt()));
              row.createCell(c++).setCellValue(e.getUserId());
              row.createCell(c++).setCellValue(e.getAction().label());
              row.createCell(c++).setCellValue(e.getFileId() == null ? "" : String.valueOf(e.getFileId()));
              row.createCell(c++).setCellValue(e.getUnitCode() == null ? "" : e.getUnitCode());
              row.createCell(c).setCellValue(e.getVia());
            }
          }
        });
  }

  /** A grassroots union below one of the county's communities. */
  private boolean withinCommunities(String unitCode, Set<String> units) {
    return orgUnits.find(unitCode).map(u -> u.getParentCode() != null && units.contains(u.getParentCode())).orElse(false);
  }

  interface SheetWriter {
    void write(Sheet sheet);
  }

  private static byte[] write(String sheetName, List<String> headers, SheetWriter writer) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
        sheet.setColumnWidth(i, 20 * 256);
      }
      writer.write(sheet);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }
}
