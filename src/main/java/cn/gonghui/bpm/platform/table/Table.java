package cn.gonghui.bpm.platform.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table read from a spreadsheet, a CSV file or a form's text box: its header (when it has one) and its
 * non-blank rows, each with the line number the clerk sees (the spreadsheet's row, the text box's line).
 */
public record Table(List<String> header, List<Row> rows) {

  /** One non-blank row. */
  public record Row(int line, List<String> cells) {

    /** The trimmed cell at {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
      return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
    }

    /** "第3行", for messages. */
    public String at() {
      return "第" + line + "行";
    }
  }

  /**
   * The column index of each required header name, in the order asked (any column order in the file; other
   * columns are ignored); throws naming the first missing column.
   */
  public int[] columns(List<String> required) throws UnreadableTableException {
    int[] columns = new int[required.size()];
    for (int i = 0; i < required.size(); i++) {
      columns[i] = header.indexOf(required.get(i));
      if (columns[i] < 0) {
        throw new UnreadableTableException(
            "第1行应为表头：" + String.join("、", required) + "，缺少「" + required.get(i) + "」列");
      }
    }
    return columns;
  }

  /** The rows with their cells picked and ordered by {@code columns}. */
  public List<Row> select(int[] columns) {
    List<Row> picked = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<String> cells = new ArrayList<>(columns.length);
      for (int column : columns) {
        cells.add(row.cell(column));
      }
      picked.add(new Row(row.line(), cells));
    }
    return picked;
  }
}
