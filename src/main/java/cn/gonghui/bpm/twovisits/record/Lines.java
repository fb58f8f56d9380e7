package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.platform.input.RowErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * A text box of free lines (documents studied, departments, problems): one item a line, blank lines skipped.
 * Unlike a table, a line is not split at commas: an opinion may contain them.
 */
final class Lines {

  /** One line with its number in the text box. */
  record Line(int number, String text) {}

  private Lines() {}

  static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    if (text != null) {
      String[] raw = text.split("\\r?\\n|\\r", -1);
      for (int i = 0; i < raw.length; i++) {
        String line = raw[i].strip();
        if (!line.isEmpty()) {
          lines.add(new Line(i + 1, line));
        }
      }
    }
    return lines;
  }

  /** The lines, each at most {@code maxLength} characters, at most {@code maxLines}; all problems at once. */
  static List<Line> checked(String text, String field, String label, int maxLength, int maxLines) {
    List<Line> lines = of(text);
    RowErrors errors = new RowErrors(field, label);
    if (lines.size() > maxLines) {
      errors.addGeneral("最多填写" + maxLines + "行");
    }
    for (Line line : lines) {
      if (line.text().length() > maxLength) {
        errors.add(line.number(), "超过" + maxLength + "个字");
      }
    }
    errors.throwIfAny("请每行填写一项");
    return lines;
  }
}
