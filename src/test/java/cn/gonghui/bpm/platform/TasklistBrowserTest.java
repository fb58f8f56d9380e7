package cn.gonghui.bpm.platform;

import cn.gonghui.bpm.platform.validation.CreditCode;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gonghui.bpm.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Clerks in a real browser (headless Chromium driven by Selenium) against the whole application: the
 * Chinese Tasklist with its shared filters, and a union founding started through its Camunda start form,
 * claimed and completed through the task's Camunda Form, invisible to the clerk of another community.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); without them the tests are skipped. Selenium Manager never runs: the
 * driver and the browser are given explicitly. On failure a screenshot and the page source are written to
 * {@code target/browser-screenshots/}.
 */
class TasklistBrowserTest extends PostgresIntegrationTest {

  private static final String ZH_CN_TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/locales/zh-CN.json";
  private static final String FOUNDING = "union-founding";
  private static final String FOUNDING_START_FORM = "union-founding-start";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @RegisterExtension static final Browsers browsers = Browsers.chinese("");

  @Test
  void communityClerkLogsInToTheChineseTasklistAndSeesTheSharedFilters() {
    WebDriver browser = openBrowser();
    browser.get(url("/camunda/app/tasklist/"));
    WebElement submit = waitFor(browser, By.cssSelector("form[name='signinForm'] button[type='submit']"));
    String loginButton = submit.getText().trim();
    String userPlaceholder =
        browser.findElement(By.cssSelector("form[name='signinForm'] input[type='text']")).getAttribute("placeholder");

    logIn(browser, "dongjie-clerk");

    for (String filter : List.of("我的待办", "本单位待办", "即将到期", "已逾期")) {
      waitFor(browser, By.xpath(filterLink(filter)));
    }
    String startProcess = waitFor(browser, By.cssSelector(".start-process-action a")).getText().trim();

    assumeTrue(
        new ClassPathResource(ZH_CN_TASKLIST).exists(),
        "Login and filters checked; Chinese UI text not checked: no " + ZH_CN_TASKLIST
            + " on the class path (translation branch not merged)");
    assertThat(loginButton).isEqualTo("登录");
    assertThat(userPlaceholder).isEqualTo("用户名");
    assertThat(startProcess).contains("发起流程");
  }

  @Test
  void clerkFoundsAUnionThroughTheFormsAndTheClerkOfAnotherCommunityDoesNotSeeItsTask() throws IOException {
    ProcessDefinition founding =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(FOUNDING).latestVersion().singleResult();
    assumeTrue(founding != null, "The union-founding process is not deployed (branch founding not merged)");
    Date started = new Date(System.currentTimeMillis() - 1000);
    String enterprise = "浏览器测试建会企业" + UUID.randomUUID().toString().substring(0, 6);

    // 东街社区工会的办事员发起建会
    WebDriver dongjie = openBrowser();
    dongjie.get(url("/camunda/app/tasklist/"));
    logIn(dongjie, "dongjie-clerk");
    waitFor(dongjie, By.cssSelector(".start-process-action a")).click();
    String processName = founding.getName() == null ? founding.getKey() : founding.getName();
    waitClickable(dongjie, By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='" + processName + "']"))
        .click();
    waitFor(dongjie, By.cssSelector(".modal-dialog .fjs-form"));
    Map<String, Object> startValues = new LinkedHashMap<>();
    startValues.put("enterpriseName", enterprise);
    startValues.put("creditCode", randomCreditCode());
    startValues.put("address", "示范县城关镇东街88号");
    startValues.put("ownerName", "张建国");
    startValues.put("employeeCount", 30);
    startValues.put("femaleEmployeeCount", 12);
    startValues.put("hasPartyOrganisation", false);
    startValues.put("communityCode", "SFX-CG-DJ");
    Chromium.fillForm(dongjie, form(FOUNDING_START_FORM), startValues);
    waitClickable(dongjie, By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"))
        .click();
    wait(dongjie).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

    HistoricProcessInstance instance =
        wait(dongjie)
            .until(
                driver ->
                    historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(FOUNDING)
                        .startedBy("dongjie-clerk")
                        .startedAfter(started)
                        .list()
                        .stream()
                        .findFirst()
                        .orElse(null));
    Task first = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(first).as("the first task of the founding").isNotNull();
    assertThat(candidateGroups(first)).contains("SFX-CG-DJ");

    // 在“本单位待办”中找到任务，认领并通过任务表单办理
    waitClickable(dongjie, By.xpath(filterLink("本单位待办"))).click();
    waitClickable(dongjie, taskLink(first.getId())).click();
    waitClickable(dongjie, By.cssSelector("button.claim")).click();
    waitFor(dongjie, By.cssSelector(".unclaim"));
    waitFor(dongjie, By.cssSelector("[cam-tasklist-form-camunda] .fjs-form"));
    // The form is read-only until the task is claimed; wait for the claimed task's editable form.
    wait(dongjie)
        .until(
            driver ->
                !driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-form-field")).isEmpty()
                    && driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-disabled")).isEmpty());
    Chromium.fillForm(dongjie, form(formRefOf(first)), taskValues());
    waitClickable(dongjie, By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']")).click();
    wait(dongjie)
        .withMessage("the first task is completed")
        .until(driver -> taskService.createTaskQuery().taskId(first.getId()).count() == 0);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(first.getId()).singleResult().getAssignee())
        .isEqualTo("dongjie-clerk");

    // 西街社区工会的办事员看不到东街的任务
    String xijieProbe = startProbeTask("SFX-CG-XJ");
    List<String> caseTasks =
        Stream.concat(
                Stream.of(first.getId()),
                taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream().map(Task::getId))
            .toList();
    WebDriver xijie = openBrowser();
    xijie.get(url("/camunda/app/tasklist/"));
    logIn(xijie, "xijie-clerk");
    waitClickable(xijie, By.xpath(filterLink("本单位待办"))).click();
    waitFor(xijie, taskLink(xijieProbe));
    for (String taskId : caseTasks) {
      assertThat(xijie.findElements(taskLink(taskId))).as("xijie-clerk sees task " + taskId).isEmpty();
    }
    assertThat(xijie.getPageSource()).doesNotContain(enterprise);
  }

  // ------------------------------------------------------------------------------------------ browser

  @Test
  void clerkUploadsTheMemberRosterFromTheUploadPageWithTheTasklistSession() throws IOException {
    String first17 = "91620102MA7" + String.format("%06d", (System.nanoTime() / 1000) % 1_000_000);
    String creditCode = first17 + CreditCode.checkCharacter(first17);
    Map<String, Object> start = new java.util.LinkedHashMap<>();
    start.put("enterpriseName", "花名册上传测试企业" + creditCode.substring(11, 17));
    start.put("creditCode", creditCode);
    start.put("address", "城关镇东街1号");
    start.put("ownerName", "王测试");
    start.put("employeeCount", 12);
    start.put("femaleEmployeeCount", 3);
    start.put("hasPartyOrganisation", false);
    HttpHeaders headers = as("dongjie-clerk");
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<?, ?> started = rest.postForObject(url("/api/union-foundings"), new HttpEntity<>(start, headers), Map.class);
    Object enterpriseId = started.get("enterpriseId");
    StringBuilder csv = new StringBuilder("姓名,居民身份证号码,性别,车间/班组\n");
    for (int i = 0; i < 3; i++) {
      String id17 = "11010119900307" + String.format("%03d", 11 + 2 * i);
      csv.append("会员").append(i + 1).append(',').append(id17).append(ResidentIdNumber.checkCharacter(id17)).append(",男,一车间\n");
    }
    Path file = Files.createTempFile(browsers.directory(), "roster-", ".csv");
    Files.writeString(file, csv.toString());

    WebDriver browser = openBrowser();
    browser.get(url("/camunda/app/tasklist/"));
    logIn(browser, "dongjie-clerk");
    browser.get(url("/gonghui/roster-upload.html?enterpriseId=" + enterpriseId));
    WebElement choice = waitFor(browser, By.cssSelector("#enterprise option:checked"));
    assertThat(choice.getText()).contains(creditCode);
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();

    assertThat(waitFor(browser, By.cssSelector("#result.ok")).getText()).contains("已导入 3 名会员");
  }

  /**
   * Issue 10's walkthrough: the approver reads the report on 审核建会报告, returns it with a reason, and the
   * clerk reads who returned it, when and why on the reopened 提交建会报告; the 八有 rectification form lists
   * the missing items in Chinese. Screenshots of the forms go to target/browser-screenshots (docs/images has
   * copies).
   */
  @Test
  void approverReadsTheReportReturnsItWithAReasonAndTheClerkReadsWhoWhenAndWhy() throws IOException {
    String creditCode = randomCreditCode();
    String enterprise = "退回测试企业" + creditCode.substring(12);
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("enterpriseName", enterprise);
    start.put("creditCode", creditCode);
    start.put("address", "城关镇东街7号");
    start.put("ownerName", "赵测试");
    start.put("employeeCount", 60);
    start.put("femaleEmployeeCount", 12);
    start.put("hasPartyOrganisation", false);
    HttpHeaders headers = as("dongjie-clerk");
    headers.setContentType(MediaType.APPLICATION_JSON);
    String instanceId = (String) rest.postForObject(url("/api/union-foundings"), new HttpEntity<>(start, headers), Map.class).get("processInstanceId");
    completeAs("dongjie-clerk", instanceId, Map.of("consultationDate", "2025-05-20", "preparatoryMembers", "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表"));
    completeAs("dongjie-clerk", instanceId, Map.of("reportDate", "2025-05-21", "reportSummary", "拟成立工会委员会，设委员五人，经审委员三人"));
    Task review = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewFoundingReport");

    // 县总工会的办事员审核：看到建会报告和筹备组，退回并写明理由
    WebDriver county = openBrowser();
    county.get(url("/camunda/app/tasklist/"));
    logIn(county, "county-clerk");
    openClaimed(county, review);
    String reviewForm = county.findElement(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText();
    assertThat(reviewForm).contains("审核内容", enterprise, "拟成立工会委员会，设委员五人，经审委员三人", "刘洋（上级工会）");
    screenshot(county, "founding-report-review");
    Chromium.fillForm(county, form("union-founding-report-review"), Map.<String, Object>of("reportDecision", "RETURN", "reportDecisionReason", "请补充职工代表名单和筹备组分工"));
    WebElement complete = waitClickable(county, By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']"));
    ((JavascriptExecutor) county).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
    wait(county).until(driver -> taskService.createTaskQuery().taskId(review.getId()).count() == 0);

    // 东街社区工会的办事员打开退回的任务：谁、何时、为什么退回
    Task reopened = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(reopened.getTaskDefinitionKey()).isEqualTo("Task_SubmitFoundingReport");
    WebDriver dongjie = openBrowser();
    dongjie.get(url("/camunda/app/tasklist/"));
    logIn(dongjie, "dongjie-clerk");
    openClaimed(dongjie, reopened);
    String notice = waitFor(dongjie, By.xpath("//*[contains(@class,'fjs-form')]//*[contains(text(),'退回（建会报告）')]")).getText();
    assertThat(notice).contains("示范县总工会", "county-clerk", "请补充职工代表名单和筹备组分工");
    assertThat(dongjie.findElement(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText()).contains("已被退回，请按理由修改后重新提交");
    screenshot(dongjie, "founding-report-returned");

    // 八有检查缺印章和档案：整改表单用中文列出缺项
    runtimeService
        .createProcessInstanceModification(instanceId)
        .cancelAllForActivity("Task_SubmitFoundingReport")
        .startBeforeActivity("Task_EvaluateEightHaves")
        .setVariables(Map.of("hasNameplate", true, "hasApproval", true, "hasSeal", false, "hasFunds", true, "hasPremises", true,
            "hasRules", true, "hasActivities", true, "hasArchives", false))
        .execute();
    Task rectify = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(rectify.getTaskDefinitionKey()).isEqualTo("Task_RectifyEightHaves");
    dongjie.get(url("/camunda/app/tasklist/"));
    openClaimed(dongjie, rectify);
    wait(dongjie).until(driver -> driver.findElement(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText().contains("缺少的项目：印章、档案"));
    screenshot(dongjie, "founding-rectification");
  }

  /** Completes the case's only open task as {@code user} through REST (submit-form), with these fields. */
  private void completeAs(String user, String instanceId, Map<String, Object> form) {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((key, value) -> variables.put(key, Map.of("value", value)));
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange(url("/engine-rest/task/" + taskId + "/submit-form"), org.springframework.http.HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), headers), Void.class).getStatusCode().value()).isEqualTo(204);
  }

  /** Opens the task from 本单位待办, claims it and waits for its editable form. */
  private void openClaimed(WebDriver browser, Task task) {
    waitClickable(browser, By.xpath(filterLink("本单位待办"))).click();
    waitClickable(browser, taskLink(task.getId())).click();
    waitClickable(browser, By.cssSelector("button.claim")).click();
    waitFor(browser, By.cssSelector(".unclaim"));
    wait(browser)
        .until(
            driver ->
                !driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-form-field")).isEmpty()
                    && driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-disabled")).isEmpty());
  }

  /** A screenshot for the docs, under target/browser-screenshots. */
  private static void screenshot(WebDriver browser, String name) throws IOException {
    Path dir = ModelLint.projectRoot().resolve("target/browser-screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  private WebDriver openBrowser() {
    return browsers.open();
  }

  private void logIn(WebDriver browser, String user) {
    Chromium.logIn(browser, user, user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD);
  }

  private static String filterLink(String name) {
    // the focused filter's link also holds its task counter, hence the first text node only
    return "//*[contains(@class,'task-filters')]//h4//a[normalize-space(text()[1])='" + name + "']";
  }

  private static By taskLink(String taskId) {
    return By.cssSelector(".tasks-list .task a[href*='task=" + taskId + "']");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static WebDriverWait wait(WebDriver browser) {
    return Chromium.wait(browser);
  }

  private static WebElement waitFor(WebDriver browser, By by) {
    return Chromium.waitFor(browser, by);
  }

  private static WebElement waitClickable(WebDriver browser, By by) {
    return Chromium.waitClickable(browser, by);
  }

  // ------------------------------------------------------------------------------------------ Camunda Forms

  /** Values for the task forms' fields that need a particular shape. */
  private static Map<String, Object> taskValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("preparatoryMembers", "王芳,上级工会\n李强,职工代表\n赵敏,企业代表");
    values.put("partyOrganisationName", "中共示范县浏览器测试企业支部委员会");
    return values;
  }


  /** The Camunda Form with this id from the project's forms/ folder. */
  static JsonNode form(String formId) throws IOException {
    return Chromium.form(formId);
  }

  private String formRefOf(Task task) {
    UserTask userTask =
        repositoryService.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
    return Optional.ofNullable(userTask.getCamundaFormRef())
        .orElseThrow(() -> new IllegalStateException(task.getTaskDefinitionKey() + " has no camunda:formRef"));
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  /** A task for another unit, so the other clerk's list has something to wait for. */
  private String startProbeTask(String unitCode) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("filter-probe").count() == 0) {
      repositoryService
          .createDeployment()
          .name("filter-probe")
          .addClasspathResource("fixtures/filter-probe.bpmn")
          .enableDuplicateFiltering(true)
          .deploy();
    }
    String instanceId =
        runtimeService
            .startProcessInstanceByKey("filter-probe", Map.of(CaseVariables.ORG_UNIT_CODE, unitCode))
            .getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  /** A random, valid 统一社会信用代码 (GB 32100-2015): 91 (enterprise) + a division code + random digits + check character. */
  static String randomCreditCode() {
    String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    StringBuilder code = new StringBuilder("91110101");
    while (code.length() < 17) {
      code.append(charset.charAt(ThreadLocalRandom.current().nextInt(10)));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += charset.indexOf(code.charAt(i)) * weights[i];
    }
    int check = 31 - sum % 31;
    return code.append(charset.charAt(check == 31 ? 0 : check)).toString();
  }
}
