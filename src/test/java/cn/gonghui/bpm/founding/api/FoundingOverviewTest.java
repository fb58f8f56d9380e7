package cn.gonghui.bpm.founding.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The 三个清楚 overview adds the communities' figures up to their town and county; the ledger pages. */
class FoundingOverviewTest extends PostgresIntegrationTest {

  @Test
  @SuppressWarnings("unchecked")
  void countyAndTownRowsAreTheSumsOfTheirCommunities() {
    ResponseEntity<Map> response = get("county-manager", "/api/union-founding/overview?unit=SFX", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Map<String, Object>> rows =
        ((List<Map<String, Object>>) response.getBody().get("rows"))
            .stream().collect(Collectors.toMap(row -> (String) row.get("unitCode"), Function.identity()));

    assertThat(rows.keySet()).contains("SFX", "SFX-CG", "SFX-QS", "SFX-CG-DJ", "SFX-CG-XJ", "SFX-QS-HP", "SFX-QS-SL");
    assertThat(rows.keySet()).allMatch(code -> code.startsWith("SFX")).noneMatch(code -> code.contains("-E"));
    for (String field : List.of("enterprises", "notFounded", "founding", "founded", "standardMet", "employees", "members")) {
      assertThat(number(rows, "SFX-CG", field)).isEqualTo(number(rows, "SFX-CG-DJ", field) + number(rows, "SFX-CG-XJ", field));
      assertThat(number(rows, "SFX", field)).isEqualTo(number(rows, "SFX-CG", field) + number(rows, "SFX-QS", field));
    }
    assertThat(number(rows, "SFX", "enterprises")).isPositive();
    assertThat(rows.get("SFX").get("target")).isEqualTo(0.8);
    // a county's ledger is paged through /api/enterprises, not put into the overview
    assertThat((List<?>) response.getBody().get("enterprises")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCommunitysOverviewListsItsEnterprises() {
    ResponseEntity<Map> response = get("dongjie-clerk", "/api/union-founding/overview?unit=SFX-CG-DJ", Map.class);
    List<Map<String, Object>> enterprises = (List<Map<String, Object>>) response.getBody().get("enterprises");
    Map<String, Object> row = ((List<Map<String, Object>>) response.getBody().get("rows")).get(0);

    assertThat(enterprises).hasSize(((Number) row.get("enterprises")).intValue());
    assertThat(enterprises).allMatch(e -> "SFX-CG-DJ".equals(((Map<String, Object>) e.get("enterprise")).get("communityCode")));
    // an enterprise with a founding underway shows its current case
    assertThat(enterprises)
        .filteredOn(e -> "FOUNDING".equals(((Map<String, Object>) e.get("enterprise")).get("status")))
        .allMatch(e -> e.get("currentCaseId") != null && "OPEN".equals(e.get("caseOutcome")));
  }

  @Test
  void theLedgerIsListedPageByPageWithItsTotal() {
    ResponseEntity<List> first = get("county-manager", "/api/enterprises?community=SFX&page=0&size=2", List.class);
    long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
    ResponseEntity<List> all = get("county-manager", "/api/enterprises?community=SFX&size=1000", List.class);

    assertThat(first.getBody()).hasSize((int) Math.min(2, total));
    assertThat(all.getBody()).hasSize((int) total);
    assertThat(get("county-manager", "/api/enterprises?community=SFX&size=5000", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theExportHasASummaryRowPerUnitAndEveryEnterpriseOfTheCounty() throws IOException {
    long total =
        Long.parseLong(
            get("county-manager", "/api/enterprises?community=SFX&size=1", List.class)
                .getHeaders()
                .getFirst("X-Total-Count"));
    ResponseEntity<byte[]> xlsx = get("county-manager", "/api/union-founding/overview.xlsx?unit=SFX", byte[].class);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(workbook.getSheet("统计").getRow(0).getCell(1).getStringCellValue()).isEqualTo("组织名称");
      assertThat(workbook.getSheet("统计").getLastRowNum()).isGreaterThanOrEqualTo(7);
      assertThat(workbook.getSheet("企业台帐").getLastRowNum()).isEqualTo((int) total);
    }
  }

  @Test
  void aManagerOfATownMayNotLookAtTheCounty() {
    assertThat(get("chengguan-manager", "/api/union-founding/overview?unit=SFX", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("chengguan-manager", "/api/union-founding/overview?unit=SFX-CG", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private static long number(Map<String, Map<String, Object>> rows, String unit, String field) {
    return ((Number) rows.get(unit).get(field)).longValue();
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), type);
  }
}
