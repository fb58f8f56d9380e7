package cn.gonghui.bpm.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check digits of 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999). The valid
 * examples are real-format numbers whose check characters were computed by hand-written scripts
 * independent of this code (fictional enterprises and people).
 */
class CheckDigitTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91620102MA71K2Q8DH", // 91 企业, 620102 兰州市城关区
        "91620102MA71K3R503",
        "92620102MA71L4T6XF", // 92 个体工商户
        "91620423MA72A8B3CL",
        "91620423MA72C1D5E5",
        "91620102MA71N9P7GX",
        "12620102438012345B" // 12 事业单位
      })
  void validCreditCodesPass(String code) {
    assertThat(CreditCode.problem(code)).isNull();
    assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
  }

  @ParameterizedTest
  @CsvSource({
    "91620102MA71K2Q8DA, 校验位不正确",
    "91620102MA71K2Q8D, 应为18位，当前为17位",
    "91620102MA71K2Q8DHH, 应为18位，当前为19位",
    "91620102MA71K2Q8OH, 第17位字符「O」不允许（只能是数字和除I、O、S、V、Z以外的大写字母）",
    "'', 不能为空"
  })
  void invalidCreditCodesSayWhatIsWrong(String code, String problem) {
    assertThat(CreditCode.problem(code)).isEqualTo(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {" 91620102ma71k2q8dh ", "91620102 MA71K2Q8DH"})
  void creditCodesAreNormalisedBeforeChecking(String typed) {
    assertThat(CreditCode.isValid(CreditCode.normalise(typed))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "620102198503120013, 男",
    "620102199007080029, 女",
    "620102198811200138, 男",
    "620102199202150248, 女",
    "620423197906300354, 男",
    "620102200002290575, 男", // 29 February 2000
    "62010219930918080X, 女" // check character X
  })
  void validIdNumbersPassAndTellTheGender(String number, String gender) {
    assertThat(ResidentIdNumber.problem(number)).isNull();
    assertThat(ResidentIdNumber.gender(number)).isEqualTo(gender);
  }

  @ParameterizedTest
  @CsvSource({
    "620102198503120014, 校验位不正确",
    "620102199309180800, 校验位不正确",
    "620102199902290571, 出生日期不正确", // 1999 is no leap year
    "620102199013010013, 出生日期不正确",
    "62010219850312001, 应为18位（前17位为数字，最后一位为数字或X）",
    "62010219850312001Y, 应为18位（前17位为数字，最后一位为数字或X）",
    "'', 不能为空"
  })
  void invalidIdNumbersSayWhatIsWrong(String number, String problem) {
    assertThat(ResidentIdNumber.problem(number)).isEqualTo(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"62010219930918080x", " 62010219930918080X"})
  void idNumbersAreNormalisedBeforeChecking(String typed) {
    assertThat(ResidentIdNumber.isValid(ResidentIdNumber.normalise(typed))).isTrue();
  }
}
