package cn.gonghui.bpm.platform.input;

/**
 * What a clerk's text may contain, checked on every way in (task and start forms, REST, /api): no NUL or
 * other control characters (tabs and line breaks only in multi-line text), no lone surrogates or
 * non-characters, no bidirectional overrides that make a name read differently from what is stored, and
 * not only invisible characters (zero-width spaces, BOM, ideographic or no-break spaces).
 */
public final class TextHygiene {

  private TextHygiene() {}

  /** What is wrong with {@code text}, in Chinese, or null when it is acceptable (null and "" are). */
  public static String problem(String text, boolean multiline) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    boolean visible = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return "含有无法识别的字符，请重新输入";
        }
        int codePoint = text.codePointAt(i);
        i++;
        if ((codePoint & 0xFFFE) == 0xFFFE) {
          return "含有无法识别的字符，请重新输入";
        }
        visible = true;
        continue;
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
        return "含有无法识别的字符，请重新输入";
      }
      if (c == '\n' || c == '\r' || c == '\t') {
        if (!multiline && c != '\t') {
          return "不能换行";
        }
        continue;
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return "含有控制字符，请删除后重新输入";
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return "含有改变文字方向的隐藏字符，请删除后重新输入";
      }
      if (!isInvisible(c)) {
        visible = true;
      }
    }
    // only ASCII blanks: empty after trim(), as every reader treats it; other invisible text is refused
    return visible || text.trim().isEmpty() ? null : "不能只包含空格或不可见字符";
  }

  /** Whitespace and the characters that print as nothing. */
  static boolean isInvisible(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u180E'
        || c == '\u00AD';
  }
}
