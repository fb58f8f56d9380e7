package cn.gonghui.bpm.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Member rosters (会员花名册) for tests: {@code count} members named 会员1…, the first {@code women} of them
 * women, all with valid identity numbers ({@link TestIdentities#idNumber}: member i is person i of their sex).
 */
public final class Rosters {

  static final String[] HEADER = {"姓名", "居民身份证号码", "性别", "车间/班组"};

  private Rosters() {}

  /** The roster as typed into the form's text box: one member a line. */
  public static String text(int count, int women) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String[] row = row(i, women);
      text.append(String.join(",", row)).append('\n');
    }
    return text.toString();
  }

  /** The identity number of member {@code i} of such a roster. */
  public static String idOf(int i, int women) {
    return TestIdentities.idNumber(i, i < women);
  }

  /** The roster as an Excel workbook with the header row. */
  public static byte[] xlsx(int count, int women) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("会员花名册");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      for (int i = 0; i < count; i++) {
        Row line = sheet.createRow(i + 1);
        String[] cells = row(i, women);
        for (int c = 0; c < cells.length; c++) {
          line.createCell(c).setCellValue(cells[c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The roster as a CSV file in the given encoding (Excel on Chinese Windows saves GBK). */
  public static byte[] csv(int count, int women, Charset charset) {
    StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (int i = 0; i < count; i++) {
      text.append(String.join(",", row(i, women))).append("\r\n");
    }
    return text.toString().getBytes(charset);
  }

  private static String[] row(int i, int women) {
    boolean woman = i < women;
    return new String[] {"会员" + (i + 1), TestIdentities.idNumber(i, woman), woman ? "女" : "男", i % 2 == 0 ? "一车间" : "二车间"};
  }
}
