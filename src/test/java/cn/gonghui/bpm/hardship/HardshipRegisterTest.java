package cn.gonghui.bpm.hardship;

import static cn.gonghui.bpm.hardship.HouseholdFields.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.testkit.ProcessTest;
import cn.gonghui.bpm.testkit.TestIdentities;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hardship register on the real services: a file's category comes from hardship-category against the
 * configured subsistence line (800 元), only keepers read and keep files, every access is logged, aid and
 * visits are appended, 先建档后帮扶 and 不重复资助 hold, and imports report every bad row.
 */
class HardshipRegisterTest extends ProcessTest {

  static final String SCHOOL = "SFX-JY-BT";
  static final String OTHER_SCHOOL = "SFX-JY-YZ";
  static final String EDUCATION_UNION = "SFX-JY";

  @Autowired HardshipRegister register;
  @Autowired HardshipImport importer;
  @Autowired RegisterAccessLog log;

  private static int nextPerson = 100;

  static Map<String, Object> household(String idNumber, String income, int size, boolean sudden) {
    Map<String, Object> form = new HashMap<>();
    form.put(WORKER_NAME, "李秀英");
    form.put(WORKER_ID_NUMBER, idNumber);
    form.put(WORKPLACE, "坝头中学");
    form.put(PHONE, "0931-1234567");
    form.put(ADDRESS, "坝头镇中心街12号");
    form.put(HOUSEHOLD_SIZE, size);
    form.put(MONTHLY_INCOME, income);
    form.put(CAUSE, "丈夫重病，长期住院");
    form.put(SUDDEN_HARDSHIP, sudden);
    form.put(ILLNESS, "丈夫尿毒症，每周透析三次");
    form.put(MEMBERS, "王建军,丈夫,48,无业,尿毒症\n王小明,儿子,18,在读高三,健康");
    return form;
  }

  static String newPerson() {
    return TestIdentities.idNumber(nextPerson++, true);
  }

  @Test
  void theCategoryComesFromTheTableAgainstTheSubsistenceLineAndTheFileKeepsItsMembers() {
    String deep = newPerson();
    HardshipFile file =
        asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(deep, "2100", 3, false)), SCHOOL, "test"));
    // 2100 / 3 = 700 < 800
    assertThat(file.getPerCapitaMonthlyIncome()).isEqualByComparingTo("700.00");
    assertThat(file.getCategory()).isEqualTo(HardshipCategory.DEEP);
    assertThat(file.getGender()).isEqualTo("女");
    assertThat(register.membersOf(file.getId())).extracting(HouseholdMember::getName).containsExactly("王建军", "王小明");

    String relative = newPerson();
    assertThat(asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(relative, "2400", 3, false)), SCHOOL, "test"))
            .getCategory())
        .as("800 is not below the line, but below 1.5 × 800")
        .isEqualTo(HardshipCategory.RELATIVE);
    String sudden = newPerson();
    assertThat(asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(sudden, "3600", 3, true)), SCHOOL, "test"))
            .getCategory())
        .isEqualTo(HardshipCategory.SUDDEN);
    String none = newPerson();
    assertThat(asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(none, "3600", 3, false)), SCHOOL, "test"))
            .getCategory())
        .as("1200 is 1.5 × 800: not below")
        .isEqualTo(HardshipCategory.NONE);
  }

  @Test
  void onlyTheKeepingUnitTheUnitsAboveAndTheAidCentreReadAFileAndEveryReadIsLogged() {
    String id = newPerson();
    HardshipFile file = asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(id, "1500", 3, false)), SCHOOL, "test"));

    assertThat(asClerkOf(SCHOOL, () -> register.read(file.getId(), "test-read")).getIdNumber()).isEqualTo(id);
    assertThat(asClerkOf(EDUCATION_UNION, () -> register.read(file.getId(), "test-read")).getIdNumber()).isEqualTo(id);
    assertThat(as(aidCentreClerk(), () -> register.read(file.getId(), "test-read")).getIdNumber()).isEqualTo(id);
    assertThatThrownBy(() -> asClerkOf(OTHER_SCHOOL, () -> register.read(file.getId(), "test-read")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("困难职工档案只有建档单位及其上级工会的办事员");
    assertThatThrownBy(() -> asClerkOf(TOWN, () -> register.read(file.getId(), "test-read")))
        .isInstanceOf(AuthorizationException.class);

    assertThat(log.findByFileIdOrderByIdAsc(file.getId()))
        .extracting(RegisterAccessEntry::getUserId, RegisterAccessEntry::getAction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(clerkOf(SCHOOL), RegisterAccessEntry.Action.CREATE),
            org.assertj.core.groups.Tuple.tuple(clerkOf(SCHOOL), RegisterAccessEntry.Action.READ),
            org.assertj.core.groups.Tuple.tuple(clerkOf(EDUCATION_UNION), RegisterAccessEntry.Action.READ),
            org.assertj.core.groups.Tuple.tuple(aidCentreClerk(), RegisterAccessEntry.Action.READ));
  }

  @Test
  void anotherUnitCannotTakeOverOrChangeAFileItDoesNotKeep() {
    String id = newPerson();
    asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(id, "1500", 3, false)), SCHOOL, "test"));
    assertThatThrownBy(
            () -> asClerkOf(OTHER_SCHOOL, () -> register.save(HouseholdDetails.from(household(id, "900", 3, false)), OTHER_SCHOOL, "test")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("该职工已在其他单位建档");
    assertThat(register.fileOf(id).orElseThrow().getMonthlyIncome()).isEqualByComparingTo("1500");
  }

  @Test
  void aidNeedsAFileIsAppendedOnceAndARepeatedScholarshipIsVisibleAcrossYears() {
    String parent = newPerson();
    String student = TestIdentities.idNumber(nextPerson++, false);
    assertThatThrownBy(() -> register.requireFileOf(parent, "applicantIdNumber", "申请人居民身份证号码"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("先建档后帮扶");
    HardshipFile file = asClerkOf(SCHOOL, () -> register.save(HouseholdDetails.from(household(parent, "1500", 3, false)), SCHOOL, "test"));
    assertThat(register.fundedByScholarship(student)).isFalse();

    HardshipAid.Aid grant =
        new HardshipAid.Aid(AidKind.SCHOLARSHIP_TIER_B, "scholarship-application", "case-1", "王小明", student, 2025,
            new BigDecimal("2000"), LocalDate.of(2025, 8, 28), null);
    register.recordAid(file.getId(), grant);
    register.recordAid(file.getId(), grant); // a retried payment step pays once
    register.recordVisit(file.getId(), "two-visits-campaign", "case-2", LocalDate.of(2025, 12, 20), "李明、张华", "家中困难，孩子学习努力");

    assertThat(register.aidOf(file.getId())).extracting(HardshipAid::getAmount).containsExactly(new BigDecimal("2000.00"));
    assertThat(register.visitsOf(file.getId())).extracting(HardshipVisit::getProcessKey).containsExactly("two-visits-campaign");
    assertThat(register.fundedByScholarship(student)).as("原则上不重复资助, whatever the year").isTrue();
  }

  @Test
  void badHouseholdFieldsAreNamedInChinese() {
    Map<String, Object> form = household(TestIdentities.withWrongCheckDigit(newPerson()), "1500", 3, false);
    assertThatThrownBy(() -> HouseholdDetails.from(form)).hasMessage("「居民身份证号码」校验位不正确");
    Map<String, Object> money = household(newPerson(), "12.345", 3, false);
    assertThatThrownBy(() -> HouseholdDetails.from(money)).hasMessage("「家庭月收入（元）」最多保留两位小数");
    Map<String, Object> members = household(newPerson(), "1500", 2, false);
    assertThatThrownBy(() -> HouseholdDetails.from(members))
        .hasMessage("「家庭成员」填写了2名家庭成员，多于家庭人口（2人，含本人）");
    Map<String, Object> lines = household(newPerson(), "1500", 5, false);
    lines.put(MEMBERS, "王建军,丈夫,四十八,无业\n,儿子,18,");
    assertThatThrownBy(() -> HouseholdDetails.from(lines))
        .hasMessageStartingWith("「家庭成员」有3处错误")
        .hasMessageContaining("第1行「年龄」应为0到120之间的整数")
        .hasMessageContaining("第2行「姓名」不能为空")
        .hasMessageContaining("第2行「就业或就学情况」不能为空");
  }

  @Test
  void anImportReportsEveryBadRowAndImportsNothingUntilAllAreGoodInUtf8OrGbk() {
    String a = newPerson();
    String b = newPerson();
    String header = "姓名,居民身份证号码,工作单位,联系电话,家庭住址,家庭人口,家庭月收入（元）,致困原因,是否意外致困,患病情况\r\n";
    String bad =
        header
            + "张兰," + a + ",坝头中学,,坝头镇1号,3,1800,单亲,否,\r\n"
            + "刘芳," + TestIdentities.withWrongCheckDigit(b) + ",坝头中学,,坝头镇2号,2,abc,因病,是,肺癌\r\n"
            + "张兰," + a + ",坝头中学,,坝头镇1号,3,1800,单亲,否,\r\n";
    assertThatThrownBy(() -> asClerkOf(SCHOOL, () -> importer.importFile("名单.csv", bad.getBytes(Charset.forName("GBK")), SCHOOL, "test")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("未导入任何档案")
        .hasMessageContaining("第3行「居民身份证号码」校验位不正确")
        .hasMessageContaining("第4行「居民身份证号码」与第2行重复");
    assertThat(register.fileOf(a)).isEmpty();

    String good = header + "张兰," + a + ",坝头中学,,坝头镇1号,3,1800,单亲,否,\r\n" + "刘芳," + b + ",坝头中学,,坝头镇2号,2,900,因病,是,肺癌\r\n";
    int imported = asClerkOf(SCHOOL, () -> importer.importFile("名单.csv", good.getBytes(Charset.forName("GBK")), SCHOOL, "test"));
    assertThat(imported).isEqualTo(2);
    assertThat(register.fileOf(b).orElseThrow().getCategory()).isEqualTo(HardshipCategory.DEEP);
    assertThat(register.fileOf(a).orElseThrow().getCategory()).isEqualTo(HardshipCategory.DEEP);
    assertThat(List.of(register.fileOf(a).orElseThrow().getKeepingUnitCode())).containsExactly(SCHOOL);
  }

  /** The county's 职工维权帮扶中心 clerk (created on first use). */
  private String aidCentreClerk() {
    String userId = "test-aid-centre";
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setFirstName("帮扶中心");
      user.setLastName("测试");
      user.setPassword("test-Aid-1");
      identity.saveUser(user);
      identity.createMembership(userId, "clerks");
      identity.createMembership(userId, "SFX.aid-centre");
    }
    return userId;
  }
}
