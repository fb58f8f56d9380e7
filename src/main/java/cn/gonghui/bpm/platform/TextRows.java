package cn.gonghui.bpm.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Records a clerk types into a form's text box: one record a line, cells separated by a comma (half- or
 * full-width) or a tab. Blank lines are skipped; each row keeps its line number for error messages
 * ("第3行…").
 */
public final class TextRows {

  private static final Pattern LINES = Pattern.compile("\\r?\\n");
  private static final Pattern CELLS = Pattern.compile("\\s*[,，\\t]\\s*");

  /** One non-blank line. */
  public record Row(int line, List<String> cells) {

    /** The trimmed cell at {@code index}, or "" when the line has fewer cells. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index).trim() : "";
    }

    /** "第3行", for messages. */
    public String at() {
      return "第" + line + "行";
    }
  }

  private TextRows() {}

  public static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    if (text == null) {
      return rows;
    }
    String[] lines = LINES.split(text, -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (!line.isEmpty()) {
        rows.add(new Row(i + 1, List.of(CELLS.split(line, -1))));
      }
    }
    return rows;
  }
}
