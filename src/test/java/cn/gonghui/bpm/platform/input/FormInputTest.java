package cn.gonghui.bpm.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.bpm.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading form fields and /api properties: durations, ids, text and per-row errors. */
class FormInputTest {

  @Test
  void durationsAreIso8601AndAtMostTenYears() {
    FormInput input = FormInput.of(Map.of("a", "P30D", "b", "PT1H", "c", "P99999999999999999999D", "d", "30天", "e", "P11Y"));
    assertThat(input.duration("a", "等待", "P1D")).isEqualTo("P30D");
    assertThat(input.duration("b", "等待", "P1D")).isEqualTo("PT1H");
    assertThat(input.duration("missing", "等待", "P1D")).isEqualTo("P1D");
    assertThatThrownBy(() -> input.duration("c", "等待", "P1D")).hasMessage("「等待」应为 ISO 8601 时长，例如 P30D（30天）");
    assertThatThrownBy(() -> input.duration("d", "等待", "P1D")).hasMessage("「等待」应为 ISO 8601 时长，例如 P30D（30天）");
    assertThatThrownBy(() -> input.duration("e", "等待", "P1D")).hasMessage("「等待」不能超过10年");
  }

  @Test
  void idsAreWholePositiveNumbers() {
    FormInput input = FormInput.of(Map.of("a", 12, "b", "12", "c", 12.5, "d", "abc", "e", -3, "f", 12.0));
    assertThat(input.id("a", "编号")).isEqualTo(12L);
    assertThat(input.id("b", "编号")).isEqualTo(12L);
    assertThat(input.id("f", "编号")).isEqualTo(12L);
    assertThatThrownBy(() -> input.id("c", "编号")).isInstanceOf(InvalidInputException.class).hasMessage("「编号」应为整数编号");
    assertThatThrownBy(() -> input.id("d", "编号")).hasMessage("「编号」应为整数编号");
    assertThatThrownBy(() -> input.id("e", "编号")).hasMessage("「编号」应为正整数");
    assertThatThrownBy(() -> input.id("missing", "编号")).hasMessage("「编号」不能为空");
  }

  @Test
  void anOptionalWholeNumberIsANumberOrNothing() {
    FormInput input = FormInput.of(Map.of("a", 612L, "b", "612", "c", " ", "d", 61.5, "e", "六百"));
    assertThat(input.optionalCount("a", "高考成绩")).isEqualTo(612);
    assertThat(input.optionalCount("b", "高考成绩")).isEqualTo(612);
    assertThat(input.optionalCount("c", "高考成绩")).isNull();
    assertThat(input.optionalCount("missing", "高考成绩")).isNull();
    assertThatThrownBy(() -> input.optionalCount("d", "高考成绩")).hasMessage("「高考成绩」必须是整数");
    assertThatThrownBy(() -> input.optionalCount("e", "高考成绩")).hasMessage("「高考成绩」必须是整数");
  }

  @Test
  void moneyIsYuanWithAtMostTwoDecimalsBelowItsLimit() {
    FormInput input = FormInput.of(Map.of("a", 1250.5, "b", "60000", "c", "1.234", "d", -1, "e", "一千", "f", 1_000_000, "g", List.of(1)));
    java.math.BigDecimal limit = java.math.BigDecimal.valueOf(1_000_000);
    assertThat(input.money("a", "月收入", limit)).isEqualByComparingTo("1250.50").satisfies(m -> assertThat(m.scale()).isEqualTo(2));
    assertThat(input.money("b", "预算", limit)).isEqualByComparingTo("60000");
    assertThat(input.optionalMoney("missing", "预算", limit)).isNull();
    assertThatThrownBy(() -> input.money("missing", "月收入", limit)).hasMessage("「月收入」不能为空");
    assertThatThrownBy(() -> input.money("c", "月收入", limit)).hasMessage("「月收入」最多保留两位小数");
    assertThatThrownBy(() -> input.money("d", "月收入", limit)).hasMessage("「月收入」不能是负数");
    assertThatThrownBy(() -> input.money("e", "月收入", limit)).hasMessage("「月收入」应为数字，例如 1250.50");
    assertThatThrownBy(() -> input.money("f", "月收入", limit)).hasMessage("「月收入」数值过大");
    assertThatThrownBy(() -> input.money("g", "月收入", limit)).hasMessage("「月收入」应为数字");
  }

  @Test
  void textRefusesListsBooleansAndInvisibleOrControlCharacters() {
    FormInput input =
        FormInput.of(Map.of("list", List.of("甲", "乙"), "flag", true, "nul", "王\u0000芳", "zw", "\u200B\u3000", "ok", " 王芳 "));
    assertThat(input.text("ok", "姓名", 10)).isEqualTo("王芳");
    assertThatThrownBy(() -> input.text("list", "姓名", 10)).hasMessage("「姓名」应为文本");
    assertThatThrownBy(() -> input.text("flag", "姓名", 10)).hasMessage("「姓名」应为文本");
    assertThatThrownBy(() -> input.text("nul", "姓名", 10)).hasMessageContaining("控制字符");
    assertThatThrownBy(() -> input.text("zw", "姓名", 10)).hasMessage("「姓名」不能只包含空格或不可见字符");
  }

  @Test
  void everyBadRowIsListedInOneMessage() {
    RowErrors errors = new RowErrors("rows", "名单");
    errors.add(2, "「姓名」不能为空");
    errors.add(5, "「性别」只能填“男”或“女”");
    assertThatThrownBy(() -> errors.throwIfAny("未保存"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("「名单」有2处错误，未保存：第2行「姓名」不能为空；第5行「性别」只能填“男”或“女”")
        .extracting(e -> ((InvalidInputException) e).getField())
        .isEqualTo("rows");
    new RowErrors("rows", "名单").throwIfAny("未保存"); // nothing noted: no error
  }
}
