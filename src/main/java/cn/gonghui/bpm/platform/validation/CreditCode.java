package cn.gonghui.bpm.platform.validation;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the code set {@code 0-9 A-H J-N P-R T U W-Y}
 * (no I, O, S, V, Z); the 18th is a check character over the first 17 with weights 3^(i) mod 31.
 */
public final class CreditCode {

  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {}

  /** What is wrong with the code in Chinese, or null when it is a valid 统一社会信用代码. */
  public static String problem(String code) {
    if (code == null || code.isBlank()) {
      return "不能为空";
    }
    if (code.length() != 18) {
      return "应为18位，当前为" + code.length() + "位";
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return "第" + (i + 1) + "位字符「" + code.charAt(i) + "」不允许（只能是数字和除I、O、S、V、Z以外的大写字母）";
      }
    }
    if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
      return "校验位不正确";
    }
    return null;
  }

  public static boolean isValid(String code) {
    return problem(code) == null;
  }

  /** The check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CHARSET.charAt(check == 31 ? 0 : check);
  }

  /** Upper-cases and strips blanks, as clerks often type the code in lower case or with spaces. */
  public static String normalise(String code) {
    return code == null ? null : code.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
  }
}
