package cn.gonghui.bpm.scholarship;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid 居民身份证号码 of fictional parents (born 1975) and students (born 2007) in 兰州市永登县 (the demo families are of 620102), never the same twice
 * in one JVM run: the register's rules (one file per parent, 不重复资助 per student) must not see another test's
 * people.
 */
public final class Students {

  private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() / 1000 % 90_000));

  private Students() {}

  public static String parentIdNumber() {
    return number(1975);
  }

  public static String studentIdNumber() {
    return number(2007);
  }

  private static String number(int year) {
    int n = NEXT.incrementAndGet() % 300_000;
    LocalDate birth = LocalDate.of(year, 1, 1).plusDays(n / 999);
    String first17 = "620121" + birth.toString().replace("-", "") + String.format("%03d", n % 999 + 1);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
