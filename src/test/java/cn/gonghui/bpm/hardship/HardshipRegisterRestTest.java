package cn.gonghui.bpm.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.testkit.TestIdentities;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The register through /api on PostgreSQL, as the demo users: 坝头中学's clerk keeps a household's file; the
 * education union above and the county's aid centre read it; another school, a town and the county's
 * manager do not (the manager gets counts); lists and exports are masked; every read is in the access log
 * the county exports; bad input is a 400 naming the field that changes nothing.
 */
class HardshipRegisterRestTest extends PostgresIntegrationTest {

  static final String SCHOOL_CLERK = "batou-clerk";

  @Test
  @SuppressWarnings("unchecked")
  void aSchoolKeepsAFileTheUnitsAboveAndTheAidCentreReadItNobodyElseDoes() throws Exception {
    String idNumber = TestIdentities.idNumber(300 + (int) (System.nanoTime() % 150), true);
    ResponseEntity<Map> created = post(SCHOOL_CLERK, "/api/hardship-files", household(idNumber));
    assertThat(created.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.OK);
    assertThat(created.getBody()).containsEntry("category", "DEEP").containsEntry("keepingUnitCode", "SFX-JY-BT");
    long id = ((Number) created.getBody().get("id")).longValue();

    // the keeper's list is masked and shows neither income nor illness
    ResponseEntity<List> list = get(SCHOOL_CLERK, "/api/hardship-files?unit=SFX-JY-BT", List.class);
    Map<String, Object> row =
        ((List<Map<String, Object>>) list.getBody()).stream().filter(r -> ((Number) r.get("id")).longValue() == id).findFirst().orElseThrow();
    assertThat(row.get("maskedIdNumber")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    assertThat(row).doesNotContainKeys("monthlyIncome", "illness", "idNumber");

    assertThat(get(SCHOOL_CLERK, "/api/hardship-files/" + id, Map.class).getBody()).containsEntry("idNumber", idNumber);
    assertThat(get("jiaoyu-clerk", "/api/hardship-files/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("aid-centre-clerk", "/api/hardship-files/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String outsider : List.of("yizhong-clerk", "chengguan-clerk", "county-manager", "jiaoyu-manager", "analyst")) {
      ResponseEntity<Map> refused = get(outsider, "/api/hardship-files/" + id, Map.class);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message")).as(outsider).contains("困难职工档案");
      assertThat(get(outsider, "/api/hardship-files?unit=SFX-JY-BT", Map.class).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // managers see counts, never files
    ResponseEntity<List> overview = get("jiaoyu-manager", "/api/hardship/overview?unit=SFX-JY", List.class);
    assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) overview.getBody()).anyMatch(r -> "SFX-JY-BT".equals(r.get("unitCode")) && "DEEP".equals(r.get("category")));
    assertThat(get("yizhong-manager-none", "/api/hardship/overview?unit=SFX-JY", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the export is masked
    ResponseEntity<byte[]> export = get(SCHOOL_CLERK, "/api/hardship-files.xlsx?unit=SFX-JY-BT", byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> exported = cells(export.getBody());
    assertThat(exported).noneMatch(c -> c.contains(idNumber)).anyMatch(c -> c.equals(row.get("maskedIdNumber")));

    // the county exports who read what; a school may not
    // the period is in 北京时间 days, as the county's clerks count them
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String logPath = "/api/hardship/access-log.xlsx?county=SFX&from=" + today.minusDays(1) + "&to=" + today;
    assertThat(get(SCHOOL_CLERK, logPath, byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> accessLog = get("county-clerk", logPath, byte[].class);
    assertThat(accessLog.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> logged = cells(accessLog.getBody());
    assertThat(logged).contains(SCHOOL_CLERK, "jiaoyu-clerk", "aid-centre-clerk", "查阅", "建档", "导出", String.valueOf(id));
  }

  @Test
  void badInputIsA400NamingTheFieldAndCreatesNoFile() {
    String idNumber = TestIdentities.idNumber(460 + (int) (System.nanoTime() % 30), false);
    Map<String, Object> wrongId = household(TestIdentities.withWrongCheckDigit(idNumber));
    ResponseEntity<Map> refused = post(SCHOOL_CLERK, "/api/hardship-files", wrongId);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", "workerIdNumber").containsEntry("message", "「居民身份证号码」校验位不正确");

    Map<String, Object> negative = household(idNumber);
    negative.put("monthlyIncome", "-5");
    assertThat(post(SCHOOL_CLERK, "/api/hardship-files", negative).getBody()).containsEntry("field", "monthlyIncome");
    Map<String, Object> otherUnit = household(idNumber);
    otherUnit.put("keepingUnit", "SFX-JY-YZ");
    assertThat(post(SCHOOL_CLERK, "/api/hardship-files", otherUnit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    String csv = "姓名,居民身份证号码,工作单位,联系电话,家庭住址,家庭人口,家庭月收入（元）,致困原因,是否意外致困,患病情况\n"
        + "张兰," + idNumber + ",坝头中学,,坝头镇1号,0,1800,单亲,否,\n";
    parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "名单.csv";
      }
    });
    HttpHeaders headers = as(SCHOOL_CLERK);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> imported =
        rest.exchange("/api/hardship-files/import", HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) imported.getBody().get("message")).contains("第2行「家庭人口」应在1到30人之间");

    // nothing of it was stored
    assertThat(get("aid-centre-clerk", "/api/hardship-files?unit=SFX&size=1000", List.class).getBody().toString()).doesNotContain(idNumber.substring(14));
  }

  static Map<String, Object> household(String idNumber) {
    Map<String, Object> body = new java.util.HashMap<>(HardshipRegisterTest.household(idNumber, "1500", 3, false));
    return body;
  }

  private ResponseEntity<Map> post(String user, String path, Object body) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), type);
  }

  private static List<String> cells(byte[] xlsx) throws Exception {
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        row.forEach(c -> cells.add(c.toString().replaceAll("\\.0$", "")));
      }
    }
    return cells;
  }
}
