package cn.gonghui.bpm.founding.roster;

import cn.gonghui.bpm.platform.TextRows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a member roster (会员花名册): an .xlsx or .csv file whose first row is the header
 * 姓名, 居民身份证号码, 性别, 车间/班组 (any column order), or the lines of the form's text box
 * ({@code 姓名,居民身份证号码,性别,车间/班组}, one member a line). It only reads; {@link RosterService} checks.
 */
public final class RosterParser {

  public static final String HEADER_NAME = "姓名";
  public static final String HEADER_ID_NUMBER = "居民身份证号码";
  public static final String HEADER_GENDER = "性别";
  public static final String HEADER_WORKSHOP = "车间/班组";
  static final List<String> HEADERS = List.of(HEADER_NAME, HEADER_ID_NUMBER, HEADER_GENDER, HEADER_WORKSHOP);
  static final int MAX_ROWS = 20_000;

  private RosterParser() {}

  /** A file the parser cannot read at all; the message is Chinese and shown to the clerk. */
  public static class UnreadableRosterException extends Exception {
    public UnreadableRosterException(String message) {
      super(message);
    }
  }

  public static List<RosterRow> parseFile(String fileName, byte[] content) throws UnreadableRosterException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (content == null || content.length == 0) {
      throw new UnreadableRosterException("文件是空的");
    }
    if (name.endsWith(".xlsx")) {
      return parseXlsx(content);
    }
    if (name.endsWith(".csv")) {
      return parseCsv(content);
    }
    throw new UnreadableRosterException("只支持 .xlsx 或 .csv 文件");
  }

  static List<RosterRow> parseXlsx(byte[] content) throws UnreadableRosterException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      int last = sheet.getLastRowNum();
      if (last > MAX_ROWS) {
        throw new UnreadableRosterException("行数过多（最多" + MAX_ROWS + "行）");
      }
      for (int r = 0; r <= last; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
          }
        }
        rows.add(cells);
      }
      return fromTable(rows);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableRosterException("无法读取该 .xlsx 文件，请确认它是 Excel 工作簿");
    }
  }

  static List<RosterRow> parseCsv(byte[] content) throws UnreadableRosterException {
    int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB ? 3 : 0;
    try (Reader reader =
            new InputStreamReader(
                new ByteArrayInputStream(content, offset, content.length - offset),
                StandardCharsets.UTF_8.newDecoder());
        CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get().parse(reader)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() > MAX_ROWS) {
          throw new UnreadableRosterException("行数过多（最多" + MAX_ROWS + "行）");
        }
        rows.add(record.toList());
      }
      return fromTable(rows);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableRosterException("无法读取该 .csv 文件，请用 UTF-8 编码保存，用英文逗号分隔");
    }
  }

  /** First row is the header; rows are numbered as in the spreadsheet (the header is row 1). */
  static List<RosterRow> fromTable(List<List<String>> rows) throws UnreadableRosterException {
    if (rows.isEmpty()) {
      throw new UnreadableRosterException("文件没有表头行");
    }
    List<String> header = rows.get(0).stream().map(h -> h == null ? "" : h.trim().replace("\uFEFF", "")).toList();
    int[] columns = new int[HEADERS.size()];
    for (int i = 0; i < HEADERS.size(); i++) {
      columns[i] = header.indexOf(HEADERS.get(i));
      if (columns[i] < 0) {
        throw new UnreadableRosterException(
            "第1行应为表头：" + String.join("、", HEADERS) + "，缺少「" + HEADERS.get(i) + "」列");
      }
    }
    List<RosterRow> result = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      result.add(
          new RosterRow(
              r + 1, cell(cells, columns[0]), cell(cells, columns[1]), cell(cells, columns[2]), cell(cells, columns[3])));
    }
    return result;
  }

  /** The form's text box: one member a line, {@code 姓名,居民身份证号码,性别,车间/班组} (，or , or tab). */
  public static List<RosterRow> parseLines(String text) {
    return TextRows.parse(text).stream()
        .map(row -> new RosterRow(row.line(), row.cell(0), row.cell(1), row.cell(2), row.cell(3)))
        .toList();
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
  }
}
