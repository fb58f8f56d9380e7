package cn.gonghui.bpm.testkit;

import cn.gonghui.bpm.platform.validation.CreditCode;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid identity numbers for tests (check digits computed): 统一社会信用代码 unique within a JVM run, and
 * 居民身份证号码 of fictional people born 1990-01-01 in 兰州市城关区 (620102), with the sex the number says.
 */
public final class TestIdentities {

  private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() / 1000 % 500_000));

  private TestIdentities() {}

  /** A fresh valid 统一社会信用代码, never the same twice in one JVM. */
  public static String newCreditCode() {
    String digits = String.format("%06d", NEXT.incrementAndGet() % 1_000_000);
    String first17 = "91620102MA7" + digits;
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** The credit code with a wrong check character. */
  public static String withWrongCheckCharacter(String code) {
    return code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
  }

  /** Person {@code index} (0-499) of one sex: a valid 居民身份证号码, odd sequence numbers for men. */
  public static String idNumber(int index, boolean woman) {
    String first17 = "62010219900101" + String.format("%03d", (index * 2 + (woman ? 2 : 1)) % 1000);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** The number with a wrong check character. */
  public static String withWrongCheckDigit(String idNumber) {
    char wrong = idNumber.charAt(17) == '0' ? '1' : '0';
    return idNumber.substring(0, 17) + wrong;
  }
}
