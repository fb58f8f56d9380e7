package cn.gonghui.bpm.scholarship.api;

import cn.gonghui.bpm.scholarship.record.Campaign;
import cn.gonghui.bpm.scholarship.record.CampaignService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A campaign's figures as an .xlsx workbook with Chinese headers: 概况 (the figures), 申请 (every application,
 * identity numbers masked), 资金台帐 (the fund ledger), 逾期事项 (late work); and the broadcaster's list (播出名单:
 * consenting families only, no identity numbers).
 */
@Component
class ScholarshipExport {

  static final List<String> APPLICATION_HEADERS =
      List.of("申请编号", "登记单位", "申请人类型", "学生姓名", "学生身份证号码（脱敏）", "录取院校", "办理环节", "结果", "理由", "资助档次", "每次金额（元）",
          "已发放年数", "学制（年）", "资助状态");
  static final List<String> LEDGER_HEADERS = List.of("日期", "收支", "来源", "出资方", "金额（元）", "余额（元）", "备注");
  static final List<String> LATE_HEADERS = List.of("事项", "对象", "承办单位", "应完成时间", "标记时间");
  static final List<String> PUBLICITY_HEADERS = List.of("申请编号", "学生姓名", "录取院校", "专业", "资助");

  byte[] overview(ScholarshipOverview.Overview o, List<ScholarshipOverview.ApplicationRow> rows, List<ScholarshipOverview.LedgerRow> ledger) {
    return workbook(
        book -> {
          Sheet summary = book.sheet("概况", List.of("项目", "数值"));
          ScholarshipOverview.CampaignView c = o.campaign();
          book.pair(summary, "活动", c.countyName() + c.year() + "年金秋助学");
          book.pair(summary, "当前阶段", c.phaseLabel());
          book.pair(summary, "申报截止", c.year() + "年" + c.deadline().getMonthValue() + "月" + c.deadline().getDayOfMonth() + "日24时");
          book.pair(summary, "申请总数", o.applications());
          for (ScholarshipOverview.Count step : o.byStep()) {
            book.pair(summary, "办理环节：" + step.label(), step.count());
          }
          book.pair(summary, "通过初步认定", o.eligible());
          book.pair(summary, "未通过初步认定", o.ineligible());
          for (ScholarshipOverview.Count reason : o.refusalReasons()) {
            book.pair(summary, "不符合：" + reason.label(), reason.count());
          }
          for (ScholarshipOverview.Count outcome : o.byOutcome()) {
            book.pair(summary, "结果：" + outcome.label(), outcome.count());
          }
          book.pair(summary, "入户核实属实", o.verified());
          book.pair(summary, "入户核实不属实", o.notVerified());
          book.pair(summary, "A档资助人数", o.tierA());
          book.pair(summary, "B档资助人数", o.tierB());
          book.pair(summary, "预算（元）", o.money().budget());
          book.pair(summary, "按名额所需（元）", o.money().plannedNeed());
          book.pair(summary, "已登记到账（元）", o.money().recorded());
          for (ScholarshipOverview.Count source : o.money().recordedBySource()) {
            book.pair(summary, "到账：" + source.label() + "（元）", source.count());
          }
          book.pair(summary, "已发放（元）", o.money().paid());
          book.pair(summary, "其中本年度新资助（元）", o.money().paidToNewGrants());
          book.pair(summary, "其中往年A档续发（元）", o.money().paidToContinuing());
          book.pair(summary, "余额（元）", o.money().balance());
          book.pair(summary, "往年A档续发：计划人数", o.continuing().planned());
          book.pair(summary, "往年A档续发：确认在读", o.continuing().enrolmentConfirmed());
          book.pair(summary, "往年A档续发：已终止（退学或转学）", o.continuing().stopped());
          book.pair(summary, "往年A档续发：已发放", o.continuing().paid());
          book.pair(summary, "基层工会数", o.surveys().units());
          book.pair(summary, "已上报摸底", o.surveys().reported());
          book.pair(summary, "其中逾期上报", o.surveys().reportedLate());
          book.pair(summary, "逾期事项", o.lateWork().size());

          Sheet applications = book.sheet("申请", APPLICATION_HEADERS);
          for (ScholarshipOverview.ApplicationRow r : rows) {
            book.row(applications, r.number(), r.registeredUnitName(), r.applicantType(), r.studentName(), r.maskedStudentIdNumber(), r.university(),
                r.stepLabel(), r.outcomeLabel(), r.reason(), r.tier(), r.amount(), r.yearsPaid(), r.programmeYears(), r.grantStatus());
          }
          Sheet funds = book.sheet("资金台帐", LEDGER_HEADERS);
          for (ScholarshipOverview.LedgerRow r : ledger) {
            book.row(funds, r.bookedOn().toString(), r.direction(), r.sourceLabel(), r.contributor(), r.amount(), r.balance(), r.note());
          }
          Sheet late = book.sheet("逾期事项", LATE_HEADERS);
          for (ScholarshipOverview.LateView w : o.lateWork()) {
            book.row(late, w.kindLabel(), w.subject(), w.unitName(), w.dueAt().toString(), w.flaggedAt().toString());
          }
        });
  }

  byte[] publicity(List<CampaignService.PublicityRow> rows) {
    return workbook(
        book -> {
          Sheet sheet = book.sheet("播出名单", PUBLICITY_HEADERS);
          for (CampaignService.PublicityRow r : rows) {
            book.row(sheet, r.number(), r.studentName(), r.university(), r.major(), r.grant());
          }
        });
  }

  /** What writes a workbook's sheets. */
  interface Content {
    void write(Book book);
  }

  /** A workbook being written: sheets with a bold header, rows of text and numbers. */
  static final class Book {
    private final SXSSFWorkbook workbook;
    private final CellStyle bold;

    Book(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      this.bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
    }

    Sheet sheet(String name, List<String> headers) {
      Sheet sheet = workbook.createSheet(name);
      Row row = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        row.createCell(i).setCellValue(headers.get(i));
        row.getCell(i).setCellStyle(bold);
        sheet.setColumnWidth(i, (i == 0 && headers.size() == 2 ? 34 : 16) * 256);
      }
      return sheet;
    }

    void pair(Sheet sheet, String label, Object value) {
      row(sheet, label, value);
    }

    void row(Sheet sheet, Object... values) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v instanceof BigDecimal d) {
          row.createCell(i).setCellValue(d.doubleValue());
        } else if (v instanceof Number n) {
          row.createCell(i).setCellValue(n.doubleValue());
        } else {
          row.createCell(i).setCellValue(v == null ? "" : v.toString());
        }
      }
    }
  }

  private static byte[] workbook(Content content) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.write(new Book(workbook));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  static String fileName(Campaign campaign, String what) {
    return "金秋助学" + campaign.getYear() + "-" + what + "-" + campaign.getCountyCode() + ".xlsx";
  }
}
