package cn.gonghui.bpm.scholarship.api;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.scholarship.CampaignProcess;
import cn.gonghui.bpm.scholarship.DemoScholarship;
import cn.gonghui.bpm.scholarship.Students;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 金秋助学 through Camunda's REST API and /api on PostgreSQL, with the demo county and its seeded campaigns: a
 * school's union registers a family and the aid centre works on it; another school's union sees nothing of it; the
 * household's file in the register refuses readers outside its units; bad input answers 400 and changes nothing;
 * managers get the figures as JSON and .xlsx with identity numbers masked.
 */
class ScholarshipRestTest extends PostgresIntegrationTest {

  static final String BATOU = "batou-clerk";
  static final String YIZHONG = "yizhong-clerk";
  static final String AID_CENTRE = "aid-centre-clerk";
  static final String COUNTY_CLERK = "county-clerk";
  static final String COUNTY_MANAGER = "county-manager";

  @Test
  @SuppressWarnings("unchecked")
  void anApplicationOfOneSchoolIsSeenByItsUnionAndTheAidCentreButNotByAnotherSchoolAndItsFileOnlyByItsKeepers() {
    String parent = Students.parentIdNumber();
    String student = Students.studentIdNumber();
    ResponseEntity<Map> started = post(BATOU, "/api/scholarship-applications", startForm(parent, student));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = (String) started.getBody().get("processInstanceId");
    String number = (String) started.getBody().get("applicationNumber");
    long campaignId = ((Number) started.getBody().get("campaignId")).longValue();

    // another school's union: no case, no task, no record, not in its list, no figures
    assertThat(list(BATOU, "/engine-rest/process-instance?processInstanceIds=" + caseId)).hasSize(1);
    assertThat(list(YIZHONG, "/engine-rest/process-instance?processInstanceIds=" + caseId)).isEmpty();
    assertThat(list(YIZHONG, "/engine-rest/history/process-instance?processInstanceId=" + caseId)).isEmpty();
    assertThat(list(YIZHONG, "/engine-rest/task?processInstanceId=" + caseId)).isEmpty();
    assertThat(get(YIZHONG, "/api/scholarship-applications/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list(YIZHONG, "/api/scholarship-campaigns/" + campaignId + "/applications")).extracting(r -> r.get("number")).doesNotContain(number);
    assertThat(get(YIZHONG, "/api/scholarship-campaigns/" + campaignId + "/overview").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // its own union sees its applications only, masked
    List<Map<String, Object>> own = list(BATOU, "/api/scholarship-campaigns/" + campaignId + "/applications");
    assertThat(own).extracting(r -> r.get("number")).contains(number);
    assertThat(own).allMatch(r -> "SFX-JY-BT".equals(r.get("registeredUnit")));
    assertThat(own.toString()).doesNotContain(student).contains(ResidentIdNumber.mask(student));
    Map<String, Object> view = get(BATOU, "/api/scholarship-applications/" + caseId).getBody();
    assertThat(view).containsEntry("maskedStudentIdNumber", ResidentIdNumber.mask(student)).containsEntry("stepLabel", "核对申报材料");
    assertThat(view.toString()).doesNotContain(student).doesNotContain(parent);

    // the aid centre checks the materials and determines; the school hands in the 申请表; the aid centre visits
    assertThat(list(BATOU, "/engine-rest/task?processInstanceId=" + caseId)).isEmpty();
    complete(AID_CENTRE, caseId, TASK_CHECK_MATERIALS, Map.of("writtenApplication", "KEEP", "subsistenceCertificate", "COPY_AND_RETURN",
        "householdRegister", "CHECK_AND_RETURN", "studentIdCard", "CHECK_AND_RETURN", "admissionLetterCopy", "KEEP"));
    complete(AID_CENTRE, caseId, TASK_DETERMINE_ELIGIBILITY, Map.of(FIELD_IS_CURRENT_GRADUATE, true, FIELD_ADMISSION_BATCH, "TIER_ONE",
        FIELD_FORMALLY_ADMITTED, true, FIELD_GOOD_GRADES_AND_CONDUCT, true, FIELD_HAS_COUNTY_HUKOU, true, FIELD_FAMILY_HARDSHIP_CAUSE, "NATURAL_DISASTER"));
    complete(BATOU, caseId, TASK_SUBMIT_APPLICATION_FORM, Map.of(FIELD_UNIVERSITY, "西北师范大学", FIELD_MAJOR, "物理学",
        FIELD_PROGRAMME_YEARS, "4", FIELD_FAMILY_SITUATION, "房屋在洪灾中损毁", FIELD_PUBLICITY_CONSENT, false));
    Map<String, Object> visit = new LinkedHashMap<>();
    visit.put(FIELD_VISIT_DATE, LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    visit.put(FIELD_VISITOR_ONE, "尹红");
    visit.put(FIELD_VISITOR_TWO, "马强");
    visit.put(FIELD_FINDINGS, "房屋损毁属实");
    visit.put(FIELD_VERIFICATION_RESULT, "VERIFIED");
    visit.put(HouseholdFields.WORKPLACE, "坝头中学");
    visit.put(HouseholdFields.ADDRESS, "示范县坝头镇河滩村3号");
    visit.put(HouseholdFields.HOUSEHOLD_SIZE, 4);
    visit.put(HouseholdFields.MONTHLY_INCOME, 2100);
    visit.put(HouseholdFields.CAUSE, "洪灾损毁房屋");
    complete(AID_CENTRE, caseId, TASK_VERIFY_HOUSEHOLD, visit);
    Map<String, Object> verified = get(BATOU, "/api/scholarship-applications/" + caseId).getBody();
    assertThat(verified).containsEntry("stepLabel", "等待审定结果");
    long fileId = ((Number) verified.get("hardshipFileId")).longValue();

    // the household's file (先建档后帮扶, kept by the school's union): its keepers read it, nobody else
    assertThat(get(BATOU, "/api/hardship-files/" + fileId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(AID_CENTRE, "/api/hardship-files/" + fileId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("jiaoyu-clerk", "/api/hardship-files/" + fileId).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String outsider : List.of(YIZHONG, "chengguan-clerk", COUNTY_MANAGER, "chair-meeting")) {
      assertThat(get(outsider, "/api/hardship-files/" + fileId).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(get(YIZHONG, "/api/hardship-files?unit=SFX-JY-BT").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(YIZHONG, "/api/scholarship-applications/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badInputAnswers400WithTheFieldInChineseAndChangesNothing() {
    long applicationsBefore = count("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS_KEY);
    long campaignsBefore = count("/engine-rest/history/process-instance/count?processDefinitionKey=" + CampaignProcess.PROCESS_KEY);
    String student = Students.studentIdNumber();

    Map<String, Object> wrongCheckDigit = startForm(Students.parentIdNumber(), student.substring(0, 17) + (student.charAt(17) == '0' ? '1' : '0'));
    ResponseEntity<Map> refused = post(BATOU, "/api/scholarship-applications", wrongCheckDigit);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", FIELD_STUDENT_ID_NUMBER).containsEntry("message", "「学生居民身份证号码」校验位不正确");

    Map<String, Object> extra = startForm(Students.parentIdNumber(), Students.studentIdNumber());
    extra.put(VAR_SCHOLARSHIP_YEAR, 2020);
    ResponseEntity<Map> forged = post(BATOU, "/api/scholarship-applications", extra);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) forged.getBody().get("message")).contains("不是登记金秋助学申请的字段");
    // through Camunda's REST API, a system variable in a start is refused too
    ResponseEntity<Map> viaEngine = exchange(BATOU, HttpMethod.POST, "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form",
        Map.of("variables", engineVariables(extra)));
    assertThat(viaEngine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) viaEngine.getBody().get("message")).contains("由系统填写，不能提交");
    // a community union registers no applications
    ResponseEntity<Map> community = post("dongjie-clerk", "/api/scholarship-applications", startForm(Students.parentIdNumber(), Students.studentIdNumber()));
    assertThat(community.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // campaigns: one per county and year (409); a negative budget or a deadline out of range is bad input (next
    // year's campaign may be started already; those checks come first)
    int year = ((Number) demoCampaign(0).get("year")).intValue();
    int next = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    ResponseEntity<Map> second = post(COUNTY_CLERK, "/api/scholarship-campaigns", Map.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, year));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("message")).contains("每年只有一次活动");
    ResponseEntity<Map> negative = post(COUNTY_CLERK, "/api/scholarship-campaigns", Map.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, next, CampaignProcess.FIELD_BUDGET, -5));
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negative.getBody()).containsEntry("field", CampaignProcess.FIELD_BUDGET);
    ResponseEntity<Map> lateDeadline = post(COUNTY_CLERK, "/api/scholarship-campaigns",
        Map.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, next, CampaignProcess.FIELD_INTAKE_DEADLINE, next + "-09-01"));
    assertThat(lateDeadline.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(lateDeadline.getBody()).containsEntry("field", CampaignProcess.FIELD_INTAKE_DEADLINE);
    ResponseEntity<Map> notCounty = post(BATOU, "/api/scholarship-campaigns", Map.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, next));
    assertThat(notCounty.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // a fund line with a wrong source and a bad amount: every bad line named, nothing recorded
    long campaignId = ((Number) demoCampaign(0).get("id")).longValue();
    String campaignCase = (String) demoCampaign(0).get("caseId");
    int ledgerBefore = list(COUNTY_MANAGER, "/api/scholarship-campaigns/" + campaignId + "/funds").size();
    ResponseEntity<Map> badFunds = submit(COUNTY_CLERK, taskId(COUNTY_CLERK, campaignCase, CampaignProcess.TASK_RECORD_FUNDS),
        Map.of(CampaignProcess.FIELD_FUND_ROWS, "财政拨款,示范县财政局,30000,2025-07-01\n企业赞助,某公司,-5,2025-07-02"));
    assertThat(badFunds.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) badFunds.getBody().get("message"))
        .contains("「到账资金」有2处错误", "第1行「来源」应为行政支持、企业赞助、个人捐款或工会补贴", "第2行「金额（元）」应为大于0的数");
    assertThat(list(COUNTY_MANAGER, "/api/scholarship-campaigns/" + campaignId + "/funds")).hasSize(ledgerBefore);

    assertThat(count("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS_KEY)).isEqualTo(applicationsBefore);
    assertThat(count("/engine-rest/history/process-instance/count?processDefinitionKey=" + CampaignProcess.PROCESS_KEY)).isEqualTo(campaignsBefore);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCountysManagersGetTheFiguresAsJsonAndXlsxWithIdentityNumbersMasked() throws Exception {
    List<Map<String, Object>> campaigns = list(COUNTY_MANAGER, "/api/scholarship-campaigns?county=SFX");
    assertThat(campaigns).hasSizeGreaterThanOrEqualTo(2);
    long current = ((Number) demoCampaign(0).get("id")).longValue();
    long last = ((Number) demoCampaign(-1).get("id")).longValue();

    // last year's campaign: seven families, five Tier A and two Tier B, all paid
    Map<String, Object> done = get(COUNTY_MANAGER, "/api/scholarship-campaigns/" + last + "/overview").getBody();
    assertThat(done).containsEntry("tierA", 5).containsEntry("tierB", 2).containsEntry("verified", 7);
    assertThat((Map<String, Object>) done.get("money")).containsEntry("paid", 29000.0).containsEntry("recorded", 75000.0);
    // this year's campaign in progress: applications at every step, last year's Tier A students continuing
    Map<String, Object> running = get(COUNTY_MANAGER, "/api/scholarship-campaigns/" + current + "/overview").getBody();
    List<Map<String, Object>> steps = (List<Map<String, Object>>) running.get("byStep");
    for (String step : List.of("MATERIALS", "ELIGIBILITY", "APPLICATION_FORM", "VERIFICATION", "AWAITING_OUTCOME", "NOTICE")) {
      assertThat(steps).filteredOn(s -> step.equals(s.get("code"))).singleElement().satisfies(s -> assertThat(((Number) s.get("count")).intValue()).as(step).isPositive());
    }
    assertThat((Map<String, Object>) running.get("continuing")).containsEntry("planned", 5).containsEntry("enrolmentConfirmed", 1).containsEntry("stopped", 1);
    assertThat((List<Map<String, Object>>) running.get("refusalReasons")).extracting(r -> r.get("label")).contains("学生不是今年参加高考的应届高中毕业生");

    ResponseEntity<byte[]> xlsx =
        rest.exchange("/api/scholarship-campaigns/" + last + "/overview.xlsx", HttpMethod.GET, new HttpEntity<>(as(COUNTY_MANAGER)), byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(List.of(book.getSheetAt(0).getSheetName(), book.getSheetAt(1).getSheetName(), book.getSheetAt(2).getSheetName(), book.getSheetAt(3).getSheetName()))
          .containsExactly("概况", "申请", "资金台帐", "逾期事项");
      String applications = text(book.getSheet("申请"));
      assertThat(applications).contains("学生身份证号码（脱敏）", "620102*******", "A档", "B档");
      assertThat(applications).doesNotContainPattern("620102\\d{8}");
      assertThat(text(book.getSheet("资金台帐"))).contains("示范县宏达商贸有限公司", "发放");
    }
    // the broadcaster's list: consenting families, no identity numbers
    List<Map<String, Object>> publicity = list(COUNTY_MANAGER, "/api/scholarship-campaigns/" + last + "/publicity");
    assertThat(publicity).hasSize(7).allSatisfy(r -> assertThat(r).containsOnlyKeys("number", "studentName", "university", "major", "grant"));

    // a town's manager is not the county's: no figures
    assertThat(get("chengguan-manager", "/api/scholarship-campaigns/" + last + "/overview").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("chengguan-manager", "/api/scholarship-campaigns?county=SFX").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theChartsPageAndItsScriptsAreServed() {
    assertThat(rest.getForEntity("/gonghui/charts.html", String.class).getBody()).contains("统计图表", "/gonghui/charts/scholarship.js");
    assertThat(rest.getForEntity("/gonghui/charts/scholarship.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> echarts = rest.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class);
    assertThat(echarts.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(echarts.getBody()).contains("echarts");
    assertThat(rest.getForEntity("/api/scholarship-campaigns?county=SFX", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  static Map<String, Object> startForm(String parent, String student) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(FIELD_APPLICANT_TYPE, "HARDSHIP_WORKER");
    form.put(FIELD_APPLICANT_NAME, "集成测试家长");
    form.put(FIELD_APPLICANT_ID_NUMBER, parent);
    form.put(FIELD_STUDENT_NAME, "集成测试学生");
    form.put(FIELD_STUDENT_ID_NUMBER, student);
    return form;
  }

  private static String text(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    StringBuilder text = new StringBuilder();
    for (Row row : sheet) {
      row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
      text.append('\n');
    }
    return text.toString();
  }

  private void complete(String user, String caseId, String taskKey, Map<String, Object> form) {
    ResponseEntity<Map> response = submit(user, taskId(user, caseId, taskKey), form);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> submit(String user, String taskId, Map<String, Object> form) {
    return exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", engineVariables(form)));
  }

  private String taskId(String user, String caseId, String taskKey) {
    List<Map<String, Object>> tasks = list(user, "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks).as("%s's tasks %s of %s", user, taskKey, caseId).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  /**
   * The demo's campaign of this year ({@code offset} 0) or last year (-1), found by its year: other tests of the
   * application start campaigns of their own years.
   */
  private Map<String, Object> demoCampaign(int offset) {
    int year = DemoScholarship.thisYear(LocalDate.now(ZoneId.of("Asia/Shanghai"))) + offset;
    return list(COUNTY_CLERK, "/api/scholarship-campaigns?county=SFX").stream()
        .filter(c -> ((Number) c.get("year")).intValue() == year).findFirst().orElseThrow();
  }

  private ResponseEntity<Map> post(String user, String path, Map<String, Object> body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), Map.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), List.class);
    assertThat(response.getStatusCode()).as("GET %s as %s", path, user).isEqualTo(HttpStatus.OK);
    return new ArrayList<>(response.getBody());
  }

  private long count(String path) {
    return ((Number) get("admin", path).getBody().get("count")).longValue();
  }
}
