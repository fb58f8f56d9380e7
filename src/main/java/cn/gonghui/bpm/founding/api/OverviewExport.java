package cn.gonghui.bpm.founding.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import cn.gonghui.bpm.enterprise.EnterpriseView;
import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.organisation.OrgLevel;

/**
 * The overview as an .xlsx workbook with Chinese headers: sheet 统计 (per unit) and sheet 企业台帐 (every
 * enterprise of the communities in the overview). Written with POI's streaming workbook and read from the
 * ledger a page at a time, so a county's or province's ledger does not have to fit in memory at once.
 */
@Component
class OverviewExport {

  private static final int PAGE = 1000;

  private final LedgerService ledgerService;
  private final FoundingLedgerRows rows;

  OverviewExport(LedgerService ledgerService, FoundingLedgerRows rows) {
    this.ledgerService = ledgerService;
    this.rows = rows;
  }

  static final List<String> SUMMARY_HEADERS =
      List.of(
          "组织代码", "组织名称", "层级", "企业数", "未建会", "组建中", "已建会", "达标", "职工人数", "会员人数", "独立建会数",
              "建会率（已建会企业÷企业数）", "达标率（达标工会÷独立建会工会数）", "达标率目标", "是否达到目标");
  static final List<String> LEDGER_HEADERS =
      List.of("企业编号", "企业名称", "统一社会信用代码", "所属社区工会", "职工人数", "女职工人数", "会员人数", "有无党组织", "状态", "工会组织代码", "加入的联合工会", "整改超期");

  byte[] toXlsx(OverviewService.Overview overview) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

      Sheet summary = workbook.createSheet("统计");
      header(summary, SUMMARY_HEADERS, bold);
      int r = 1;
      for (OverviewService.Row row : overview.rows()) {
        Row line = summary.createRow(r++);
        int c = 0;
        line.createCell(c++).setCellValue(row.unitCode());
        line.createCell(c++).setCellValue(row.unitName());
        line.createCell(c++).setCellValue(row.levelLabel());
        for (int value :
            new int[] {
              row.enterprises(), row.notFounded(), row.founding(), row.founded(), row.standardMet(), row.employees(),
              row.members(), row.ownUnions()
            }) {
          line.createCell(c++).setCellValue(value);
        }
        line.createCell(c).setCellValue(row.unionShare());
        line.getCell(c++).setCellStyle(percent);
        line.createCell(c).setCellValue(row.standardMetShare());
        line.getCell(c++).setCellStyle(percent);
        line.createCell(c).setCellValue(row.target());
        line.getCell(c++).setCellStyle(percent);
        line.createCell(c).setCellValue(row.targetMet() ? "是" : "否");
      }

      Sheet ledger = workbook.createSheet("企业台帐");
      header(ledger, LEDGER_HEADERS, bold);
      r = 1;
      List<String> communities =
          overview.rows().stream()
              .filter(row -> OrgLevel.COMMUNITY_UNION.name().equals(row.level()))
              .map(OverviewService.Row::unitCode)
              .toList();
      List<FoundingLedgerRow> page = List.of();
      for (int p = 0; !communities.isEmpty() && (p == 0 || page.size() == PAGE); p++) {
        page = rows.of(ledgerService.inCommunities(communities, p, PAGE));
        r = writeLedger(ledger, r, page);
      }
      for (Sheet sheet : List.of(summary, ledger)) {
        for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
          sheet.setColumnWidth(c, 16 * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static int writeLedger(Sheet ledger, int first, List<FoundingLedgerRow> rows) {
    int r = first;
    for (FoundingLedgerRow row : rows) {
      EnterpriseView e = row.enterprise();
      Row line = ledger.createRow(r++);
      int c = 0;
      line.createCell(c++).setCellValue(e.id());
      line.createCell(c++).setCellValue(e.name());
      line.createCell(c++).setCellValue(e.creditCode());
      line.createCell(c++).setCellValue(e.communityCode());
      line.createCell(c++).setCellValue(e.employeeCount());
      line.createCell(c++).setCellValue(e.femaleEmployeeCount());
      line.createCell(c++).setCellValue(e.memberCount());
      line.createCell(c++).setCellValue(e.hasPartyOrganisation() ? "有" : "无");
      line.createCell(c++).setCellValue(e.statusLabel());
      line.createCell(c++).setCellValue(e.unionCode() == null ? "" : e.unionCode());
      line.createCell(c++).setCellValue(e.jointUnionName() == null ? "" : e.jointUnionName());
      line.createCell(c).setCellValue(row.rectificationOverdue() ? "是" : "");
    }
    return r;
  }

  private static void header(Sheet sheet, List<String> headers, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      row.createCell(i).setCellValue(headers.get(i));
      row.getCell(i).setCellStyle(style);
    }
  }
}
