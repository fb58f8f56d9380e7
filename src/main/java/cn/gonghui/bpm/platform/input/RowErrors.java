package cn.gonghui.bpm.platform.input;

import cn.gonghui.bpm.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-row check of a table a clerk typed or uploaded (a roster, a candidate list, a register import):
 * every bad row is collected ("第3行「居民身份证号码」校验位不正确"), and one {@link InvalidInputException}
 * names them all, so the clerk mends the whole table at once instead of one line per attempt. Nothing is
 * written while any row is bad.
 */
public final class RowErrors {

  /** How many problems one message lists before it says "……". */
  static final int MAX_SHOWN = 20;

  private final String field;
  private final String label;
  private final List<String> problems = new ArrayList<>();

  public RowErrors(String field, String label) {
    this.field = field;
    this.label = label;
  }

  /** Notes a problem of the row on {@code line} (the spreadsheet's or the text box's line number). */
  public void add(int line, String problem) {
    problems.add("第" + line + "行" + problem);
  }

  /** Notes a problem of the whole table (e.g. a required body has no nominee). */
  public void addGeneral(String problem) {
    problems.add(problem);
  }

  /** How many problems are noted so far; compare before and after a row to know whether it was clean. */
  public int count() {
    return problems.size();
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws one error listing every problem (the first {@value #MAX_SHOWN}), when there is any. */
  public void throwIfAny(String consequence) {
    if (problems.isEmpty()) {
      return;
    }
    List<String> shown = problems.size() > MAX_SHOWN ? problems.subList(0, MAX_SHOWN) : problems;
    String tail = consequence == null || consequence.isEmpty() ? "" : "，" + consequence;
    throw new InvalidInputException(
        field,
        label,
        "有" + problems.size() + "处错误" + tail + "：" + String.join("；", shown) + (problems.size() > shown.size() ? "；……" : ""));
  }
}
