package cn.gonghui.bpm.twovisits.api;

import cn.gonghui.bpm.twovisits.record.Figures;
import cn.gonghui.bpm.twovisits.record.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The manager view as an .xlsx workbook with Chinese headers: 各基层工会 (phase, lateness and figures per union), 问题
 * (every problem of the campaigns, by route and status, with its due date) and 逾期问题.
 */
@Component
class TwoVisitsOverviewExport {

  static final List<String> UNION_HEADERS =
      List.of("组织代码", "基层工会", "活动状态", "当前阶段", "逾期阶段", "走访教研组（计划）", "走访教研组（完成）", "覆盖教职工人次",
          "入户走访（计划）", "入户走访（完成）", "填报登记表户数", "新建档户数", "问题数", "工会自行解决", "向本单位行政汇报", "向上级部门汇报",
          "待归类", "工会解决中", "已上报待答复", "协助解决中", "已解决", "已结案（未解决）", "逾期问题", "慰问困难职工（户）", "慰问退休职工（人）",
          "慰问金（元）");
  static final List<String> PROBLEM_HEADERS =
      List.of("问题编号", "基层工会", "问题", "来源", "性质", "类别", "解决途径", "状态", "提出日期", "办理期限", "是否逾期", "上报单位");

  byte[] toXlsx(TwoVisitsOverviewService.Overview overview, List<Problem> problems) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet unions = workbook.createSheet("各基层工会");
      header(unions, UNION_HEADERS, bold);
      int r = 1;
      for (TwoVisitsOverviewService.Row row : overview.rows()) {
        Row line = unions.createRow(r++);
        int c = 0;
        line.createCell(c++).setCellValue(row.unitCode());
        line.createCell(c++).setCellValue(row.unitName());
        line.createCell(c++).setCellValue(row.statusLabel());
        line.createCell(c++).setCellValue(row.phaseLabel());
        line.createCell(c++).setCellValue(row.latePhases().stream().map(p -> "第" + "一二三四".charAt(p - 1) + "阶段").collect(Collectors.joining("、")));
        Figures f = row.figures();
        if (f == null) {
          continue;
        }
        for (long value :
            new long[] {
              f.departmentVisitsPlanned(), f.departmentVisitsDone(), f.peopleReached(), f.homeVisitsPlanned(), f.homeVisitsDone(),
              f.householdsFiled(), f.newFiles(), f.problems(),
              count(f.problemsByRoute(), Problem.Route.UNION_SOLVES.name()),
              count(f.problemsByRoute(), Problem.Route.REPORT_TO_ADMINISTRATION.name()),
              count(f.problemsByRoute(), Problem.Route.REPORT_TO_SUPERIOR.name()),
              count(f.problemsByStatus(), Problem.Status.OPEN.name()), count(f.problemsByStatus(), Problem.Status.UNION_SOLVING.name()),
              count(f.problemsByStatus(), Problem.Status.REPORTED.name()), count(f.problemsByStatus(), Problem.Status.ASSISTING.name()),
              count(f.problemsByStatus(), Problem.Status.SOLVED.name()), count(f.problemsByStatus(), Problem.Status.CLOSED.name()),
              f.problemsOverdue(), f.reliefHouseholds(), f.reliefRetirees()
            }) {
          line.createCell(c++).setCellValue(value);
        }
        line.createCell(c).setCellValue(f.reliefAmount().doubleValue());
      }
      Sheet all = workbook.createSheet("问题");
      header(all, PROBLEM_HEADERS, bold);
      Map<String, String> names = overview.rows().stream()
          .collect(Collectors.toMap(TwoVisitsOverviewService.Row::unitCode, TwoVisitsOverviewService.Row::unitName, (a, b) -> a));
      LocalDate today = cn.gonghui.bpm.twovisits.record.CampaignSchedule.today();
      r = 1;
      for (Problem p : problems) {
        Row line = all.createRow(r++);
        int c = 0;
        line.createCell(c++).setCellValue(p.getId());
        line.createCell(c++).setCellValue(names.getOrDefault(p.getOrgUnitCode(), p.getOrgUnitCode()));
        line.createCell(c++).setCellValue(p.getDescription());
        line.createCell(c++).setCellValue(p.getSource().label());
        line.createCell(c++).setCellValue(p.getNature() == null ? "" : p.getNature().label());
        line.createCell(c++).setCellValue(p.getCategory() == null ? "" : p.getCategory().label());
        line.createCell(c++).setCellValue(p.getRoute() == null ? "未分流" : p.getRoute().label());
        line.createCell(c++).setCellValue(p.getStatus().label());
        line.createCell(c++).setCellValue(p.getRaisedOn().toString());
        line.createCell(c++).setCellValue(p.getDueDate().toString());
        line.createCell(c++).setCellValue(p.isOverdueOn(today) ? "是" : "");
        line.createCell(c).setCellValue(p.getReportedToUnit() == null ? "" : p.getReportedToUnit());
      }
      for (Sheet sheet : List.of(unions, all)) {
        for (int c = 0; c < 12; c++) {
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

  private static long count(Map<String, Long> map, String key) {
    return map.getOrDefault(key, 0L);
  }

  private static void header(Sheet sheet, List<String> headers, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      row.createCell(i).setCellValue(headers.get(i));
      row.getCell(i).setCellStyle(style);
    }
  }
}
