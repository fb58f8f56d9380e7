package cn.gonghui.bpm.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the tables clerks bring: CSV in the encodings Excel writes, and the form's text boxes. */
class TableReaderTest {

  static final String CSV = "姓名,代表方\r\n刘洋,上级工会\r\n\r\n陈静,职工代表\r\n";

  @Test
  void csvInUtf8WithOrWithoutBomIsRead() throws Exception {
    Table plain = TableReader.readFile("a.csv", CSV.getBytes(StandardCharsets.UTF_8));
    Table bom = TableReader.readFile("a.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));

    for (Table table : List.of(plain, bom)) {
      assertThat(table.header()).containsExactly("姓名", "代表方");
      assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4);
      assertThat(table.rows().get(1).cell(1)).isEqualTo("职工代表");
    }
  }

  @Test
  void csvInGbkOrGb18030AsExcelSavesItOnChineseWindowsIsRead() throws Exception {
    for (String charset : List.of("GBK", "GB18030")) {
      Table table = TableReader.readFile("a.csv", CSV.getBytes(Charset.forName(charset)));
      assertThat(table.header()).as(charset).containsExactly("姓名", "代表方");
      assertThat(table.rows().get(0).cells()).as(charset).containsExactly("刘洋", "上级工会");
    }
  }

  @Test
  void bytesOfNoKnownEncodingAreRefusedWithAReason() {
    assertThatThrownBy(() -> TableReader.readFile("a.csv", new byte[] {(byte) 0xC3, 0x28, 0x0A}))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessage("无法识别文件的文字编码，请用 UTF-8 或 GBK 编码保存");
  }

  @Test
  void requiredColumnsAreFoundInAnyOrderAndAMissingOneIsNamed() throws Exception {
    Table table = TableReader.readFile("a.csv", "代表方,备注,姓名\r\n职工代表,,陈静\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(table.select(table.columns(List.of("姓名", "代表方"))).get(0).cells()).containsExactly("陈静", "职工代表");
    assertThatThrownBy(() -> table.columns(List.of("姓名", "电话")))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessage("第1行应为表头：姓名、电话，缺少「电话」列");
  }

  @Test
  void textBoxLinesSplitOnCommasFullWidthCommasAndTabsKeepingLineNumbers() {
    Table table = TableReader.readLines("刘洋,上级工会\n\n陈静，职工代表\n吴刚\t企业代表");
    assertThat(table.rows()).extracting(Table.Row::line).containsExactly(1, 3, 4);
    assertThat(table.rows()).extracting(r -> r.cell(1)).containsExactly("上级工会", "职工代表", "企业代表");
    assertThat(table.rows().get(0).cell(5)).isEmpty();
  }
}
