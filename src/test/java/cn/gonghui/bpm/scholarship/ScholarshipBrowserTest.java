package cn.gonghui.bpm.scholarship;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.hardship.AidKind;
import cn.gonghui.bpm.hardship.HardshipAid;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.Browsers;
import cn.gonghui.bpm.platform.Chromium;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import cn.gonghui.bpm.scholarship.record.Outcome;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 金秋助学 in a real browser (headless Chromium) against the whole application on PostgreSQL: the aid centre
 * registers a family with the Tasklist start form and checks its materials in Tasklist; the middle steps (初步认定 to
 * the outcome) go through Camunda's REST API as the bodies that do them; the county's clerk pays the grant in
 * Tasklist. Then a county manager opens the charts page and reads the campaign's figures drawn by ECharts.
 * The engine's clock is set to a campaign year of its own (the demo's campaigns are real years).
 */
class ScholarshipBrowserTest extends PostgresIntegrationTest {

  static final int YEAR = 2600;

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired ApplicationService applications;
  @Autowired HardshipRegister register;

  @RegisterExtension static final Browsers browsers = Browsers.chinese("scholarship-");

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void theAidCentreRegistersAndChecksInTasklistAndTheCountyPaysInTasklist() throws IOException {
    at(7, 2);
    ResponseEntity<Map> campaign = api("county-clerk", HttpMethod.POST, "/api/scholarship-campaigns", Map.of("campaignYear", YEAR));
    assertThat(campaign.getStatusCode()).as("campaign: %s", campaign.getBody()).isEqualTo(HttpStatus.CREATED);
    String campaignCase = (String) campaign.getBody().get("processInstanceId");
    executeJob(campaignCase, CampaignProcess.TASK_NOTIFY_CONTINUING_GRANTS);
    complete("county-clerk", campaignCase, CampaignProcess.TASK_RECORD_FUNDS,
        Map.of(CampaignProcess.FIELD_FUND_ROWS, "行政支持,示范县财政局,60000," + today(), CampaignProcess.FIELD_FUNDS_COMPLETE, true));
    Date started = new Date(ClockUtil.getCurrentTime().getTime() - 1000); // the campaign year's clock: no demo case
    String parent = Students.parentIdNumber();
    String student = Students.studentIdNumber();

    // 职工维权帮扶中心: the start form in Tasklist
    WebDriver centre = openBrowser();
    centre.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(centre, "aid-centre-clerk", DEMO_PASSWORD);
    Chromium.waitFor(centre, By.cssSelector(".start-process-action a")).click();
    Chromium.waitClickable(centre, By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='金秋助学申请']")).click();
    Chromium.waitFor(centre, By.cssSelector(".modal-dialog .fjs-form"));
    Map<String, Object> start = new LinkedHashMap<>();
    start.put(FIELD_APPLICANT_TYPE, "HARDSHIP_WORKER");
    start.put(FIELD_APPLICANT_NAME, "浏览器测试家长");
    start.put(FIELD_APPLICANT_ID_NUMBER, parent);
    start.put(FIELD_STUDENT_NAME, "浏览器测试学生");
    start.put(FIELD_STUDENT_ID_NUMBER, student);
    start.put(FIELD_CONTACT_PHONE, "13893100000");
    Chromium.fillForm(centre, Chromium.form(FORM_START), start);
    Chromium.waitClickable(centre, By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']")).click();
    Chromium.wait(centre).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    HistoricProcessInstance instance =
        Chromium.wait(centre)
            .until(driver -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .startedBy("aid-centre-clerk").startedAfter(started).list().stream().findFirst().orElse(null));
    String caseId = instance.getId();
    assertThat(applications.require(caseId).getStudentIdNumber()).isEqualTo(student);

    // 核对申报材料 in Tasklist: the checklist of scholarship-required-materials, originals handled as it says
    Task check = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(TASK_CHECK_MATERIALS).singleResult();
    Chromium.waitClickable(centre, By.xpath(filterLink("本单位待办"))).click();
    Chromium.waitClickable(centre, taskLink(check.getId())).click();
    Chromium.waitClickable(centre, By.cssSelector("button.claim")).click();
    Chromium.waitFor(centre, By.cssSelector(".unclaim"));
    Chromium.wait(centre).until(driver -> !driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-form-field")).isEmpty()
        && driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-disabled")).isEmpty());
    String checklist = Chromium.waitFor(centre, By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText();
    assertThat(checklist).contains("二本以上院校录取通知书复印件——留存", "低保证——原件核对、复印后退回").doesNotContain("扶贫手册");
    Map<String, Object> materials = new LinkedHashMap<>();
    ApplicationService.required(runtimeService.getVariable(caseId, VAR_REQUIRED_MATERIALS)).forEach((m, h) -> materials.put(m.field(), h.name()));
    Chromium.fillForm(centre, Chromium.form("scholarship-application-materials"), materials);
    Chromium.waitClickable(centre, By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']")).click();
    Chromium.wait(centre).withMessage("the checklist is done").until(driver -> taskService.createTaskQuery().taskId(check.getId()).count() == 0);

    // the middle steps through the REST API, as the bodies that do them
    complete("aid-centre-clerk", caseId, TASK_DETERMINE_ELIGIBILITY, Map.of(FIELD_IS_CURRENT_GRADUATE, true, FIELD_ADMISSION_BATCH, "TIER_TWO",
        FIELD_FORMALLY_ADMITTED, true, FIELD_GOOD_GRADES_AND_CONDUCT, true, FIELD_HAS_COUNTY_HUKOU, true, FIELD_FAMILY_HARDSHIP_CAUSE, "ORPHAN"));
    complete("aid-centre-clerk", caseId, TASK_SUBMIT_APPLICATION_FORM, Map.of(FIELD_UNIVERSITY, "兰州大学", FIELD_MAJOR, "化学",
        FIELD_PROGRAMME_YEARS, "5", FIELD_FAMILY_SITUATION, "父母双亡", FIELD_PUBLICITY_CONSENT, true));
    at(8, 17);
    Map<String, Object> visit = new LinkedHashMap<>();
    visit.put(FIELD_VISIT_DATE, today());
    visit.put(FIELD_VISITOR_ONE, "尹红");
    visit.put(FIELD_VISITOR_TWO, "马强");
    visit.put(FIELD_FINDINGS, "属实");
    visit.put(FIELD_VERIFICATION_RESULT, "VERIFIED");
    visit.put(HouseholdFields.WORKPLACE, "示范县城关镇环卫所");
    visit.put(HouseholdFields.ADDRESS, "示范县城关镇西街2号");
    visit.put(HouseholdFields.HOUSEHOLD_SIZE, 2);
    visit.put(HouseholdFields.MONTHLY_INCOME, 900);
    visit.put(HouseholdFields.CAUSE, "父母双亡");
    complete("aid-centre-clerk", caseId, TASK_VERIFY_HOUSEHOLD, visit);
    at(8, 21);
    executeJob(campaignCase, CampaignProcess.EVENT_SURVEY_PHASE_STARTS);
    executeJob(campaignCase, CampaignProcess.EVENT_VERIFICATION_PHASE_STARTS);
    executeJob(campaignCase, CampaignProcess.EVENT_APPROVAL_PHASE_STARTS);
    String number = applications.require(caseId).getNumber();
    complete("aid-centre-clerk", campaignCase, CampaignProcess.TASK_PROPOSE_SHORTLIST, Map.of(CampaignProcess.FIELD_RANKING_ROWS, number + ",父母双亡，成绩优异"));
    complete("chair-meeting", campaignCase, CampaignProcess.TASK_APPROVE_SHORTLIST,
        Map.of(CampaignProcess.FIELD_SHORTLIST_DECISION, "APPROVE", CampaignProcess.FIELD_APPROVED_RANKING, number + ",父母双亡，成绩优异"));
    executeJob(campaignCase, CampaignProcess.TASK_DETERMINE_GRANT_TIERS);
    complete("county-clerk", campaignCase, CampaignProcess.TASK_CONFIRM_GRANTS, Map.of(CampaignProcess.FIELD_GRANTS_DECISION, "APPROVE"));
    executeJob(campaignCase, CampaignProcess.TASK_ANNOUNCE_OUTCOMES);
    assertThat(applications.require(caseId).getOutcome()).isEqualTo(Outcome.GRANTED_A);
    at(8, 25);
    complete("aid-centre-clerk", caseId, TASK_NOTIFY_APPLICANT, Map.of(FIELD_NOTIFIED_ON, today(), FIELD_NOTIFIED_HOW, "IN_PERSON"));

    // 县总工会: the payment in Tasklist
    Task payment = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(TASK_PAY_GRANT).singleResult();
    WebDriver county = openBrowser();
    county.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(county, "county-clerk", DEMO_PASSWORD);
    Chromium.waitClickable(county, By.xpath(filterLink("本单位待办"))).click();
    Chromium.waitClickable(county, taskLink(payment.getId())).click();
    Chromium.waitClickable(county, By.cssSelector("button.claim")).click();
    Chromium.waitFor(county, By.cssSelector(".unclaim"));
    Chromium.wait(county).until(driver -> !driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-form-field")).isEmpty()
        && driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-disabled")).isEmpty());
    assertThat(Chromium.waitFor(county, By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText())
        .contains("A档，本次发放5,000元（第1年，共5年）");
    Chromium.fillForm(county, Chromium.form("scholarship-application-payment"),
        Map.of(FIELD_PAID_ON, today(), FIELD_PAYMENT_METHOD, "SCHOOL_ACCOUNT", FIELD_VOUCHER_NUMBER, "记-2600-0825", FIELD_RECEIPT_SIGNED, true));
    Chromium.waitClickable(county, By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']")).click();
    Chromium.wait(county).withMessage("the payment is done").until(driver -> taskService.createTaskQuery().taskId(payment.getId()).count() == 0);

    // the payment is in the household's file and in the campaign's fund ledger
    List<HardshipAid> aid = register.aidOf(register.fileOf(parent).orElseThrow().getId());
    assertThat(aid).singleElement().satisfies(a -> {
      assertThat(a.getKind()).isEqualTo(AidKind.SCHOLARSHIP_TIER_A);
      assertThat(a.getYear()).isEqualTo(YEAR);
      assertThat(a.getBeneficiaryIdNumber()).isEqualTo(student);
    });
    List<Map<String, Object>> ledger = list("county-manager", "/api/scholarship-campaigns/" + campaign.getBody().get("campaignId") + "/funds");
    assertThat(ledger).extracting(r -> r.get("direction")).containsExactly("到账", "发放");
    assertThat(ledger.get(1)).containsEntry("balance", 55000.0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCountyManagerReadsTheCampaignsFiguresOnTheChartsPage() throws IOException {
    List<Map<String, Object>> campaigns = list("county-manager", "/api/scholarship-campaigns?county=SFX");
    WebDriver manager = openBrowser();
    manager.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(manager, "county-manager", DEMO_PASSWORD);
    manager.get(url("/gonghui/charts.html"));
    Chromium.waitFor(manager, By.cssSelector("[data-chart='applications-by-step'] canvas"));
    assertThat(manager.findElement(By.cssSelector("#sections")).getText()).contains("金秋助学");

    // each campaign of the county, one at a time: the charts hold the figures of /api
    Select year = new Select(manager.findElement(By.id("scholarship-campaign")));
    assertThat(year.getOptions()).hasSize(campaigns.size());
    for (Map<String, Object> campaign : campaigns) {
      String id = String.valueOf(campaign.get("id"));
      year.selectByValue(id);
      Map<String, Object> overview = get("county-manager", "/api/scholarship-campaigns/" + id + "/overview");
      // the section draws the selected campaign anew (the old elements go)
      Chromium.wait(manager).ignoring(StaleElementReferenceException.class)
          .until(driver -> driver.findElement(By.cssSelector("#scholarship-overview .hint")).getText().contains(campaign.get("year") + "年金秋助学"));
      List<Map<String, Object>> byStep = (List<Map<String, Object>>) overview.get("byStep");
      assertThat(seriesOf(manager, "applications-by-step")).containsExactlyElementsOf(byStep.stream().map(s -> ((Number) s.get("count")).longValue()).toList());
      Map<String, Object> money = (Map<String, Object>) overview.get("money");
      assertThat(seriesOf(manager, "money").get(3)).isEqualTo(((Number) money.get("paid")).longValue());
      assertThat(manager.findElement(By.cssSelector("[data-figure='申请总数'] .value")).getText()).isEqualTo(String.valueOf(overview.get("applications")));
      assertThat(manager.findElement(By.cssSelector("[data-figure='A档资助'] .value")).getText()).isEqualTo(String.valueOf(overview.get("tierA")));
      assertThat(manager.findElement(By.cssSelector("#scholarship .toolbar a")).getAttribute("href")).endsWith("/api/scholarship-campaigns/" + id + "/overview.xlsx");
    }
    // names of students may show in lists elsewhere, identity numbers never on this page
    assertThat(manager.getPageSource()).doesNotContainPattern("\\d{17}[\\dX]");
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static List<Long> seriesOf(WebDriver browser, String chart) {
    WebElement element = browser.findElement(By.cssSelector("[data-chart='" + chart + "']"));
    List<Object> data = (List<Object>) ((JavascriptExecutor) browser)
        .executeScript("return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data;", element);
    return data.stream().map(v -> ((Number) v).longValue()).toList();
  }

  private static void at(int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(YEAR, month, day, 10, 0).atZone(CampaignSchedule.ZONE).toInstant()));
  }

  private static String today() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignSchedule.ZONE).toLocalDate().toString();
  }

  /** Runs the job (a timer, a save point) waiting at an activity, as an administrator does in Cockpit. */
  private void executeJob(String caseId, String activityId) {
    List<Map<String, Object>> jobs = list("admin", "/engine-rest/job?processInstanceId=" + caseId + "&activityId=" + activityId);
    assertThat(jobs).as("job at %s", activityId).hasSize(1);
    ResponseEntity<Map> executed = api("admin", HttpMethod.POST, "/engine-rest/job/" + jobs.get(0).get("id") + "/execute", null);
    assertThat(executed.getStatusCode()).as("job at %s: %s", activityId, executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void complete(String user, String caseId, String taskKey, Map<String, Object> form) {
    List<Map<String, Object>> tasks = list(user, "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks).as("%s's task %s", user, taskKey).hasSize(1);
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((key, value) -> variables.put(key, value instanceof Integer n ? Map.of("value", n, "type", "Long") : Map.of("value", value)));
    ResponseEntity<Map> response = api(user, HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).get("id") + "/submit-form", Map.of("variables", variables));
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> api(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(url(path), method, new HttpEntity<>(body, headers), Map.class);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String user, String path) {
    return rest.exchange(url(path), HttpMethod.GET, new HttpEntity<>(as(user)), Map.class).getBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(String user, String path) {
    return rest.exchange(url(path), HttpMethod.GET, new HttpEntity<>(as(user)), List.class).getBody();
  }

  private WebDriver openBrowser() {
    return browsers.open();
  }

  private static String filterLink(String name) {
    return "//*[contains(@class,'task-filters')]//h4//a[normalize-space(text()[1])='" + name + "']";
  }

  private static By taskLink(String taskId) {
    return By.cssSelector(".tasks-list .task a[href*='task=" + taskId + "']");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
