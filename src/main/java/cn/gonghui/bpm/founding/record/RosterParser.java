package cn.gonghui.bpm.founding.record;

import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import cn.gonghui.bpm.platform.table.UnreadableTableException;
import java.util.List;

/**
 * Reads a member roster (会员花名册): an .xlsx or .csv file (UTF-8 or GBK) whose first row is the header
 * 姓名, 居民身份证号码, 性别, 车间/班组 (any column order), or the lines of the form's text box
 * ({@code 姓名,居民身份证号码,性别,车间/班组}, one member a line). It only reads; {@link RosterService} checks.
 */
public final class RosterParser {

  public static final String HEADER_NAME = "姓名";
  public static final String HEADER_ID_NUMBER = "居民身份证号码";
  public static final String HEADER_GENDER = "性别";
  public static final String HEADER_WORKSHOP = "车间/班组";
  static final List<String> HEADERS = List.of(HEADER_NAME, HEADER_ID_NUMBER, HEADER_GENDER, HEADER_WORKSHOP);

  private RosterParser() {}

  public static List<RosterRow> parseFile(String fileName, byte[] content) throws UnreadableTableException {
    Table table = TableReader.readFile(fileName, content);
    return rows(table.select(table.columns(HEADERS)));
  }

  /** The form's text box: one member a line, {@code 姓名,居民身份证号码,性别,车间/班组} (，or , or tab). */
  public static List<RosterRow> parseLines(String text) {
    return rows(TableReader.readLines(text).rows());
  }

  private static List<RosterRow> rows(List<Table.Row> rows) {
    return rows.stream()
        .map(row -> new RosterRow(row.line(), row.cell(0), row.cell(1), row.cell(2), row.cell(3)))
        .toList();
  }
}
