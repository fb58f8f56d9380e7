package cn.gonghui.bpm.founding.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.table.UnreadableTableException;
import cn.gonghui.bpm.testkit.Rosters;
import java.nio.charset.Charset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading and checking a member roster (会员花名册) from .xlsx, .csv and the form's text box. */
class RosterParserTest {

  static final String WANG = "620102199007080029"; // 女
  static final String LI = "620102198503120013"; // 男
  static final String ZHAO = "620102198811200138"; // 男
  static final String HEADER = "姓名,居民身份证号码,性别,车间/班组\n";

  @Test
  void aCleanCsvFileIsReadWithRowNumbersAsInTheSpreadsheet() throws Exception {
    String csv = "\uFEFF" + HEADER + "王芳," + WANG + ",女,一车间\n\n李强," + LI + ",男,包装班组\n";
    List<RosterRow> rows = RosterParser.parseFile("会员花名册.CSV", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(rows)
        .containsExactly(new RosterRow(2, "王芳", WANG, "女", "一车间"), new RosterRow(4, "李强", LI, "男", "包装班组"));
    assertThat(RosterService.check(rows, 10, 1, "file")).hasSize(2);
  }

  @Test
  void aCsvFileSavedByExcelOnChineseWindowsInGbkIsRead() throws Exception {
    List<RosterRow> rows = RosterParser.parseFile("会员花名册.csv", Rosters.csv(3, 1, Charset.forName("GBK")));

    assertThat(rows).extracting(RosterRow::name, RosterRow::gender, RosterRow::workshop)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("会员1", "女", "一车间"),
            org.assertj.core.groups.Tuple.tuple("会员2", "男", "二车间"),
            org.assertj.core.groups.Tuple.tuple("会员3", "男", "一车间"));
    assertThat(RosterService.check(rows, 3, 1, "file")).hasSize(3);
  }

  @Test
  void aCleanXlsxFileIsReadWhateverTheColumnOrder() throws Exception {
    byte[] xlsx =
        xlsx(
            List.of("车间/班组", "姓名", "性别", "居民身份证号码"),
            List.of("一车间", "王芳", "女", WANG),
            List.of("二车间", "赵军", "男", ZHAO));
    List<RosterRow> rows = RosterParser.parseFile("roster.xlsx", xlsx);

    assertThat(rows)
        .containsExactly(new RosterRow(2, "王芳", WANG, "女", "一车间"), new RosterRow(3, "赵军", ZHAO, "男", "二车间"));
  }

  @Test
  void everyBadRowIsReportedAndNothingIsAccepted() {
    List<RosterRow> rows =
        RosterParser.parseLines(
            "王芳," + WANG + ",女,一车间\n"
                + "李强,620102198503120014,男,一车间\n"
                + "赵军," + ZHAO + ",女,一车间\n"
                + ",,男,\n"
                + "王芳二," + WANG + ",女,二车间\n");

    assertThatThrownBy(() -> RosterService.check(rows, 50, 10, "memberRows"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "「会员花名册」有6处错误，未导入任何会员："
                + "第2行「居民身份证号码」校验位不正确；"
                + "第3行「性别」与居民身份证号码不符；"
                + "第4行「姓名」不能为空；第4行「居民身份证号码」不能为空；第4行「车间/班组」不能为空；"
                + "第5行「居民身份证号码」与第1行重复")
        .extracting(e -> ((InvalidInputException) e).getField())
        .isEqualTo("memberRows");
  }

  @Test
  void moreMembersThanEmployeesIsRefused() {
    List<RosterRow> rows = RosterParser.parseLines("王芳," + WANG + ",女,一车间\n李强," + LI + ",男,一车间");

    assertThatThrownBy(() -> RosterService.check(rows, 1, 1, "file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「会员花名册」会员人数（2人）不能多于企业职工人数（1人），未导入任何会员");
  }

  @Test
  void moreWomenMembersThanWomenEmployeesIsRefused() {
    List<RosterRow> rows = RosterParser.parseLines("王芳," + WANG + ",女,一车间");

    assertThatThrownBy(() -> RosterService.check(rows, 5, 0, "file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("女会员人数（1人）不能多于企业女职工人数（0人）");
  }

  @Test
  void anEmptyRosterIsRefused() {
    assertThatThrownBy(() -> RosterService.check(List.of(), 5, 0, "file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「会员花名册」没有会员，请至少登记一名会员");
  }

  @Test
  void malformedFilesAreRefusedWithAReason() {
    assertThatThrownBy(() -> RosterParser.parseFile("roster.xlsx", "这不是Excel".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessage("无法读取该 .xlsx 文件，请确认它是 Excel 工作簿");
    assertThatThrownBy(() -> RosterParser.parseFile("roster.csv", "名字,身份证\n王芳,1\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("缺少「姓名」列");
    assertThatThrownBy(() -> RosterParser.parseFile("roster.txt", HEADER.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessage("只支持 .xlsx 或 .csv 文件");
    assertThatThrownBy(() -> RosterParser.parseFile("roster.csv", new byte[0]))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessage("文件是空的");
    assertThatThrownBy(() -> RosterParser.parseFile("roster.csv", new byte[] {(byte) 0xC3, 0x28, 0x0A}))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void formLinesAcceptChineseCommasAndTabs() {
    assertThat(RosterParser.parseLines("王芳，" + WANG + "，女，一车间\n李强\t" + LI + "\t男\t二车间"))
        .extracting(RosterRow::name, RosterRow::workshop)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("王芳", "一车间"), org.assertj.core.groups.Tuple.tuple("李强", "二车间"));
  }

  @SafeVarargs
  static byte[] xlsx(List<String>... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("会员花名册");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].size(); c++) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
