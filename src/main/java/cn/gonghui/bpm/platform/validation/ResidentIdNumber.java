package cn.gonghui.bpm.platform.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit date of birth, 3-digit sequence number
 * (odd for men, even for women) and a check character (ISO 7064 MOD 11-2; 10 is written X).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private ResidentIdNumber() {}

  /** What is wrong with the number in Chinese, or null when it is valid. */
  public static String problem(String number) {
    if (number == null || number.isBlank()) {
      return "不能为空";
    }
    if (!number.matches("\\d{17}[\\dX]")) {
      return "应为18位（前17位为数字，最后一位为数字或X）";
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14)));
      if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
        return "出生日期不合理";
      }
    } catch (DateTimeException e) {
      return "出生日期不正确";
    }
    if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
      return "校验位不正确";
    }
    return null;
  }

  public static boolean isValid(String number) {
    return problem(number) == null;
  }

  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** 男 or 女 from the sequence number (17th digit: odd for men). The number must be valid. */
  public static String gender(String number) {
    return (number.charAt(16) - '0') % 2 == 1 ? "男" : "女";
  }

  public static String normalise(String number) {
    return number == null ? null : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** The number as lists and exports show it: the first 6 and the last 4 characters ({@code 620102********123X}). */
  public static String mask(String number) {
    if (number == null || number.length() < 10) {
      return number == null ? null : "*".repeat(number.length());
    }
    return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
  }
}
