package cn.gonghui.bpm.twovisits.browser;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.hardship.HardshipCategory;
import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.Browsers;
import cn.gonghui.bpm.platform.Chromium;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.twovisits.IssueProcess;
import cn.gonghui.bpm.twovisits.TwoVisitsFixtures;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A grassroots union's clerk in headless Chromium: in Tasklist, the home visit's Camunda Form (困难职工情况登记表)
 * creates the household's file in the register, and the problem it raises is classified and reported to the union
 * above, whose clerk then finds the task to answer in their own queue. The union is an enterprise's, made fresh for
 * the test under 山麓社区工会 (whose demo clerk answers; the demo's schools and their count stay as other tests expect);
 * the steps before the visit are done through the services as its clerk. Skipped without Chromium.
 */
class TwoVisitsBrowserTest extends PostgresIntegrationTest {

  /** 青石镇山麓社区工会: the superior of the enterprise union the test founds (demo clerk shanlu-clerk). */
  static final String COMMUNITY = "SFX-QS-SL";

  @Autowired OrgUnitService orgUnits;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HardshipRegister register;
  @Autowired CampaignService campaigns;
  @Autowired ProblemService problems;

  @RegisterExtension static final Browsers browsers = Browsers.chinese("");

  @Test
  void aHomeVisitFilesTheHouseholdAndItsProblemIsReportedToTheUnionAbove() throws IOException {
    String school = TwoVisitsFixtures.newUnitCode(COMMUNITY);
    orgUnits.createGrassrootsUnion(school, "浏览器测试企业工会" + school.substring(school.lastIndexOf('T')), COMMUNITY);
    String clerk = "browser-clerk-" + school.substring(school.lastIndexOf('T') + 1);
    User user = identity.newUser(clerk);
    user.setFirstName("浏览器测试");
    user.setLastName("办事员");
    user.setPassword(DEMO_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(clerk, Roles.CLERKS);
    identity.createMembership(clerk, school);

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    ProcessInstance campaign = as(clerk, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of(FIELD_START_DATE, today)));
    complete(clerk, campaign, TASK_RECORD_STUDY, Map.of(FIELD_STUDY_DATE, today, FIELD_DOCUMENTS, "省工会文件", FIELD_PARTICIPANTS, 8));
    complete(clerk, campaign, TASK_DRAFT_IMPLEMENTATION_PLAN, Map.of(FIELD_PLAN_TITLE, "实施方案", FIELD_PLAN_TEXT, "分四阶段"));
    complete(clerk, campaign, TASK_FORM_LEADING_GROUP, Map.of(FIELD_GROUP_MEMBERS, "甲,组长\n乙,委员\n乙,办公室主任"));
    complete(clerk, campaign, TASK_POST_NOTICE, Map.of(FIELD_POSTED_ON, today, FIELD_POSTED_ITEMS, "实施方案"));
    complete(clerk, campaign, TASK_HOLD_GROUP_MEETING, Map.of(FIELD_MEETING_DATE, today, FIELD_ATTENDEES, 2, FIELD_MEASURES, "分工"));
    complete(clerk, campaign, TASK_LIST_VISIT_TARGETS, Map.of(FIELD_DEPARTMENTS, "语文组", FIELD_NEW_HOUSEHOLDS, "周老师家"));
    Task home = tasks.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(TASK_VISIT_HOUSEHOLD).singleResult();

    // the school's clerk fills the 困难职工情况登记表 in Tasklist
    WebDriver browser = openBrowser();
    browser.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(browser, clerk, DEMO_PASSWORD);
    openAndClaim(browser, home.getId());
    assertThat(Chromium.waitFor(browser, By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText()).contains("新发现的困难职工家庭：周老师家");
    String idNumber = TwoVisitsFixtures.newIdNumber();
    date(browser, "visitDate", today);
    text(browser, "visitors", "甲、乙");
    text(browser, "findings", "爱人下岗，孩子上学，生活困难");
    text(browser, "workerName", "周建平");
    text(browser, "workerIdNumber", idNumber);
    text(browser, "workplace", "语文组");
    text(browser, "householdAddress", "坝头镇中学家属院5号");
    text(browser, "householdSize", "3");
    text(browser, "monthlyIncome", "1800");
    text(browser, "hardshipCause", "爱人下岗");
    text(browser, "problems", "乡镇教师周转房不足");
    submit(browser, home.getId());

    HardshipFile file = register.fileOf(idNumber).orElseThrow();
    assertThat(file.getKeepingUnitCode()).isEqualTo(school);
    assertThat(file.getCategory()).isEqualTo(HardshipCategory.DEEP);
    Problem problem = problems.ofCampaign(campaigns.require(campaign.getId()).getId()).get(0);
    assertThat(problem.getDescription()).isEqualTo("乡镇教师周转房不足");

    // classified in the browser: neither the union nor the school can solve it, so it is reported upwards
    Task classify = tasks.createTaskQuery().processInstanceId(problem.getProcessInstanceId()).singleResult();
    browser.get(url("/camunda/app/tasklist/"));
    openAndClaim(browser, classify.getId());
    radio(browser, IssueProcess.FIELD_NATURE, 0);
    select(browser, IssueProcess.FIELD_CATEGORY, "工作条件");
    radio(browser, IssueProcess.FIELD_CAN_UNION_SOLVE, 1);
    radio(browser, IssueProcess.FIELD_WITHIN_UNIT_AUTHORITY, 1);
    submit(browser, classify.getId());
    Task report = tasks.createTaskQuery().processInstanceId(problem.getProcessInstanceId()).singleResult();
    assertThat(report.getTaskDefinitionKey()).isEqualTo(IssueProcess.TASK_REPORT_TO_SUPERIOR);
    browser.get(url("/camunda/app/tasklist/"));
    openAndClaim(browser, report.getId());
    date(browser, IssueProcess.FIELD_REPORT_DATE, today);
    text(browser, IssueProcess.FIELD_PROPOSAL, "建议县教育局统筹建设乡镇教师周转房");
    submit(browser, report.getId());

    // the community union's clerk finds the answer task in the unit's queue
    Task answer = tasks.createTaskQuery().processInstanceId(problem.getProcessInstanceId()).singleResult();
    assertThat(answer.getTaskDefinitionKey()).isEqualTo(IssueProcess.TASK_ANSWER_REPORT);
    WebDriver superior = openBrowser();
    superior.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(superior, "shanlu-clerk", DEMO_PASSWORD);
    Chromium.waitClickable(superior, By.xpath(filterLink("本单位待办"))).click();
    Chromium.waitClickable(superior, taskLink(answer.getId())).click();
    Chromium.waitFor(superior, By.cssSelector("[cam-tasklist-form-camunda] .fjs-form"));
    Chromium.wait(superior).until(d -> d.getPageSource().contains("建议县教育局统筹建设乡镇教师周转房"));
    assertThat(superior.getPageSource()).contains("乡镇教师周转房不足").doesNotContain(idNumber);
  }

  // ---- the browser ---------------------------------------------------------------------------------

  /**
   * The community union's clerk opens the launch page: the unions below without a campaign of the chosen school
   * year are offered (names), the chosen one is launched, and the list no longer offers it.
   */
  @Test
  void aSuperiorUnionsClerkLaunchesTheCampaignOfAUnionBelowOnTheLaunchPage() {
    String union = TwoVisitsFixtures.newUnitCode(COMMUNITY);
    String name = "统一发起测试企业工会" + union.substring(union.lastIndexOf('T'));
    orgUnits.createGrassrootsUnion(union, name, COMMUNITY);
    // a school year of its own: a year from now, so no other test's campaign of these unions is in it
    String start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(340).toString();

    WebDriver browser = openBrowser();
    browser.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(browser, "shanlu-clerk", DEMO_PASSWORD);
    browser.get(url("/gonghui/two-visits.html"));
    Chromium.wait(browser).until(d -> !d.findElements(By.cssSelector("#launch-unions input")).isEmpty()
        || d.findElement(By.id("launch-unions")).getText().contains("都已开展"));
    ((JavascriptExecutor) browser).executeScript(
        "var d = document.getElementById('launch-date'); d.value = arguments[0]; d.dispatchEvent(new Event('change'));", start);
    By ours = By.cssSelector("#launch-unions input[value='" + union + "']");
    Chromium.wait(browser).until(d -> !d.findElements(ours).isEmpty());
    assertThat(browser.findElement(By.id("launch-unions")).getText()).contains(name);
    for (var box : browser.findElements(By.cssSelector("#launch-unions input:checked"))) {
      if (!union.equals(box.getAttribute("value"))) {
        box.click();
      }
    }
    browser.findElement(By.id("launch-submit")).click();
    WebElement result = Chromium.waitFor(browser, By.id("launch-result"));
    Chromium.wait(browser).until(d -> result.getText().contains("已发起"));
    assertThat(result.getText()).contains("已发起：" + name);
    Chromium.wait(browser).until(d -> d.findElements(ours).isEmpty());
    assertThat(campaigns.ofUnit(union)).singleElement()
        .satisfies(c -> assertThat(c.getStartDate().toString()).isEqualTo(start));
  }

  private void openAndClaim(WebDriver browser, String taskId) {
    Chromium.waitClickable(browser, By.xpath(filterLink("本单位待办"))).click();
    Chromium.waitClickable(browser, taskLink(taskId)).click();
    Chromium.waitClickable(browser, By.cssSelector("button.claim")).click();
    Chromium.waitFor(browser, By.cssSelector(".unclaim"));
    Chromium.wait(browser).until(d ->
        !d.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-form-field")).isEmpty()
            && d.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-disabled")).isEmpty());
  }

  private void submit(WebDriver browser, String taskId) {
    WebElement complete = Chromium.waitClickable(browser, By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']"));
    // a long form: the task's footer may cover the button until it is scrolled to the middle of the view
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    Chromium.waitClickable(browser, By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']")).click();
    Chromium.wait(browser).withMessage("task " + taskId + " completed").until(d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
  }

  /** Types into a field and waits until the form holds the value (form-js may re-render a field while typing). */
  private static void text(WebDriver browser, String key, String value) {
    By field = By.cssSelector(".fjs-form input[id$='-Field_" + key + "'], .fjs-form textarea[id$='-Field_" + key + "']");
    Chromium.wait(browser).withMessage("field " + key + " holds " + value).until(d -> {
      WebElement input = Chromium.waitClickable(d, field);
      if (value.equals(input.getAttribute("value"))) {
        return true;
      }
      ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
      input.clear();
      input.sendKeys(value);
      return false;
    });
  }

  private static void radio(WebDriver browser, String key, int index) {
    Chromium.waitClickable(browser, By.cssSelector(".fjs-form input[id$='-Field_" + key + "-" + index + "']")).click();
  }

  private static void select(WebDriver browser, String key, String label) {
    Chromium.waitClickable(browser, By.cssSelector(".fjs-form [id$='-Field_" + key + "-display']")).click();
    Chromium.waitClickable(browser, By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']")).click();
  }

  /** form-js's date picker is flatpickr: set the date through it, as picking a day would. */
  private static void date(WebDriver browser, String key, String isoDate) {
    WebElement input = Chromium.waitFor(browser, By.cssSelector(".fjs-form input[id$='-Field_" + key + "-date']"));
    ((JavascriptExecutor) browser).executeScript(
        "var d = arguments[1].split('-'); arguments[0]._flatpickr.setDate(new Date(+d[0], d[1] - 1, +d[2]), true);", input, isoDate);
  }

  private static String filterLink(String name) {
    return "//*[contains(@class,'task-filters')]//h4//a[normalize-space(text()[1])='" + name + "']";
  }

  private static By taskLink(String taskId) {
    return By.cssSelector(".tasks-list .task a[href*='task=" + taskId + "']");
  }

  private WebDriver openBrowser() {
    return browsers.open();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  // ---- the steps before the browser, as the clerk -----------------------------------------------------

  private void complete(String user, ProcessInstance campaign, String taskKey, Map<String, Object> form) {
    Task task = tasks.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(taskKey).singleResult();
    as(user, () -> {
      tasks.complete(task.getId(), form);
      return null;
    });
  }

  private <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
