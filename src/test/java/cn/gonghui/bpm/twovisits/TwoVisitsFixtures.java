package cn.gonghui.bpm.twovisits;

import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data of the 双走访 tests: fresh valid 居民身份证号码 (never the same twice in a JVM, none shared with the
 * other tests' people, who are born 1990-01-01), the fields of a 困难职工情况登记表, and names of fresh units.
 */
public final class TwoVisitsFixtures {

  private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() / 1000 % 300_000));

  private TwoVisitsFixtures() {}

  /** A fresh valid identity number of someone born in the 1970s in 兰州市城关区. */
  public static String newIdNumber() {
    int n = NEXT.incrementAndGet();
    int day = n % 28 + 1;
    int month = n / 28 % 12 + 1;
    int year = 1970 + n / 336 % 10;
    int sequence = n / 3360 % 1000;
    String first17 = String.format("620102%04d%02d%02d%03d", year, month, day, sequence);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** A fresh code of a unit the test creates. */
  public static String newUnitCode(String prefix) {
    return prefix + "-T" + NEXT.incrementAndGet();
  }

  /**
   * The 困难职工情况登记表 of a household: {@code monthlyIncome} for {@code size} people (per person below 800 is
   * 深度困难, below 1200 相对困难 with the default 最低生活保障标准 of 800).
   */
  public static Map<String, Object> household(String name, String idNumber, int size, int monthlyIncome) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(HouseholdFields.WORKER_NAME, name);
    form.put(HouseholdFields.WORKER_ID_NUMBER, idNumber);
    form.put(HouseholdFields.WORKPLACE, "语文教研组");
    form.put(HouseholdFields.ADDRESS, "示范县城关镇坝头村12号");
    form.put(HouseholdFields.HOUSEHOLD_SIZE, size);
    form.put(HouseholdFields.MONTHLY_INCOME, monthlyIncome);
    form.put(HouseholdFields.CAUSE, "配偶重病，长期治疗");
    form.put(HouseholdFields.SUDDEN_HARDSHIP, false);
    form.put(HouseholdFields.MEMBERS, size > 1 ? "李芳,配偶,45,无业,患病" : "");
    return form;
  }
}
