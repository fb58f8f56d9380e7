package cn.gonghui.bpm.platform.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the tables clerks bring: an Excel workbook (.xlsx, first sheet), a CSV file saved by Excel — in
 * UTF-8 (with or without BOM) or, as Excel on Chinese Windows saves it, in GBK/GB18030 — or the lines typed
 * into a form's text box (cells separated by a comma, a full-width comma or a tab). It only reads; the
 * caller checks each row (see {@code RowErrors}).
 */
public final class TableReader {

  /** More rows than any roster or register import of a county needs. */
  public static final int MAX_ROWS = 20_000;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern LINES = Pattern.compile("\\r?\\n");
  private static final Pattern CELLS = Pattern.compile("\\s*[,，\\t]\\s*");

  private TableReader() {}

  /** An uploaded file with a header row, by its name's extension (.xlsx or .csv). */
  public static Table readFile(String fileName, byte[] content) throws UnreadableTableException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (content == null || content.length == 0) {
      throw new UnreadableTableException("文件是空的");
    }
    if (name.endsWith(".xlsx")) {
      return withHeader(readXlsx(content));
    }
    if (name.endsWith(".csv")) {
      return withHeader(readCsv(content));
    }
    throw new UnreadableTableException("只支持 .xlsx 或 .csv 文件");
  }

  /** Lines typed into a form's text box, without a header: one record a line. */
  public static Table readLines(String text) {
    List<Table.Row> rows = new ArrayList<>();
    if (text != null) {
      String[] lines = LINES.split(text, -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].trim();
        if (!line.isEmpty()) {
          rows.add(new Table.Row(i + 1, List.of(CELLS.split(line, -1))));
        }
      }
    }
    return new Table(List.of(), rows);
  }

  static List<List<String>> readXlsx(byte[] content) throws UnreadableTableException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      int last = sheet.getLastRowNum();
      if (last > MAX_ROWS) {
        throw new UnreadableTableException("行数过多（最多" + MAX_ROWS + "行）");
      }
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= last; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
          }
        }
        rows.add(cells);
      }
      return rows;
    } catch (UnreadableTableException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableTableException("无法读取该 .xlsx 文件，请确认它是 Excel 工作簿");
    }
  }

  static List<List<String>> readCsv(byte[] content) throws UnreadableTableException {
    String text = decode(content);
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get().parse(reader)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() > MAX_ROWS) {
          throw new UnreadableTableException("行数过多（最多" + MAX_ROWS + "行）");
        }
        rows.add(record.toList());
      }
      return rows;
    } catch (UnreadableTableException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableTableException("无法读取该 .csv 文件，请检查格式（用英文逗号分隔）");
    }
  }

  /**
   * The text of a CSV file: UTF-8 when it has a BOM or decodes cleanly as UTF-8, else GB18030 (a superset
   * of GBK, what Excel on Chinese Windows writes as "CSV (逗号分隔)").
   */
  static String decode(byte[] content) throws UnreadableTableException {
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xBF) == 0xBF) {
      return strict(content, 3, StandardCharsets.UTF_8);
    }
    try {
      return strictOrThrow(content, 0, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return strict(content, 0, GB18030);
    }
  }

  private static String strict(byte[] content, int offset, Charset charset) throws UnreadableTableException {
    try {
      return strictOrThrow(content, offset, charset);
    } catch (CharacterCodingException e) {
      throw new UnreadableTableException("无法识别文件的文字编码，请用 UTF-8 或 GBK 编码保存");
    }
  }

  private static String strictOrThrow(byte[] content, int offset, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(content, offset, content.length - offset))
        .toString();
  }

  /** First row is the header; rows keep the spreadsheet's numbers (the header is row 1); blank rows skipped. */
  static Table withHeader(List<List<String>> rows) throws UnreadableTableException {
    if (rows.isEmpty()) {
      throw new UnreadableTableException("文件没有表头行");
    }
    List<String> header =
        rows.get(0).stream().map(h -> h == null ? "" : h.trim().replace("\uFEFF", "")).toList();
    List<Table.Row> body = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      body.add(new Table.Row(r + 1, cells));
    }
    return new Table(header, body);
  }
}
