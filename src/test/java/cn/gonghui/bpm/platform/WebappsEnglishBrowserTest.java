package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gonghui.bpm.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What clerks and managers see in a browser whose language is English (Chromium started with
 * {@code --lang=en-US} and Accept-Language en-US), the way a county office's computers often are: the first
 * page after login, no "migrate to Camunda 8" banner, dates in the founding forms as yyyy-MM-dd, every hint
 * of a form field in full, and org units by name in Tasklist. Each test gets a new browser (a page left by
 * the previous test, logged out by deleting cookies, could still hold the web apps' state).
 */
class WebappsEnglishBrowserTest extends PostgresIntegrationTest {

  private static final String COMMUNITY = "SFX-CG-DJ";

  private static Path profiles;
  private static WebDriver browser;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @RegisterExtension
  final AfterTestExecutionCallback evidenceOnFailure =
      context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
          Chromium.saveEvidence(browser, "english-" + context.getRequiredTestMethod().getName());
        }
      };

  @BeforeAll
  static void requireChromium() throws IOException {
    assumeTrue(Chromium.available(), Chromium.missingMessage());
    profiles = Files.createTempDirectory("gonghui-chromium-en-");
  }

  @AfterEach
  void stopChromium() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @AfterAll
  static void removeProfiles() throws IOException {
    if (profiles != null) {
      try (Stream<Path> walk = Files.walk(profiles)) {
        walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void startEnglishChromium() {
    browser = Chromium.start(profiles, "en-US");
  }

  // ------------------------------------------------------------------------------------------ first page

  @Test
  void clerkWhoLogsInOnTheFirstPageLandsInTasklistAndNoPageShowsTheEndOfLifeBanner() {
    browser.get(url("/"));
    Chromium.waitFor(browser, By.cssSelector("form[name='signinForm']"));
    assertThat(browser.getPageSource()).contains("工会业务流程平台").doesNotContain(">Welcome<");
    assertNoEndOfLifeBanner("the login page");

    Chromium.logIn(browser, "dongjie-clerk", DEMO_PASSWORD);

    Chromium.wait(browser)
        .withMessage("dongjie-clerk lands in Tasklist")
        .until(driver -> driver.getCurrentUrl().contains("/camunda/app/tasklist/"));
    Chromium.waitFor(browser, By.cssSelector(".task-filters"));
    assertNoEndOfLifeBanner("Tasklist");

    // "我的资料" in the user menu leads to the same Welcome page: it opens, with the profile
    browser.get(browser.findElement(By.cssSelector("[cam-widget-header] li.profile a")).getAttribute("href"));
    Chromium.waitFor(browser, By.cssSelector("#user-profile"));
    pause(Duration.ofSeconds(2)); // the landing plugin has rendered by now and would have redirected
    assertThat(browser.getCurrentUrl()).contains("/camunda/app/welcome/");
    assertThat(browser.findElement(By.cssSelector("#user-profile")).isDisplayed()).isTrue();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void managerWhoLogsInOnTheWelcomePageLandsInCockpitWithoutTheEndOfLifeBanner() {
    browser.get(url("/camunda/app/welcome/"));
    Chromium.logIn(browser, "county-manager", DEMO_PASSWORD);

    Chromium.wait(browser)
        .withMessage("county-manager lands in Cockpit")
        .until(driver -> driver.getCurrentUrl().contains("/camunda/app/cockpit/"));
    Chromium.waitFor(browser, By.cssSelector("[cam-widget-header] .navbar-brand"));
    assertNoEndOfLifeBanner("Cockpit");
  }

  @Test
  void administratorKeepsTheOverviewOfTheWebAppsWithoutTheEndOfLifeBanner() {
    browser.get(url("/"));
    Chromium.logIn(browser, "admin", ADMIN_PASSWORD);

    Chromium.waitFor(browser, By.cssSelector(".welcome-page .admin-app .app-name a"));
    assertThat(browser.getCurrentUrl()).contains("/camunda/app/welcome/");
    assertNoEndOfLifeBanner("Welcome");
    browser.get(url("/camunda/app/admin/default/"));
    Chromium.waitFor(browser, By.cssSelector("[cam-widget-header]"));
    assertNoEndOfLifeBanner("Admin");
  }

  /** Camunda's header always carries the banner; it must be there and hidden, not merely absent. */
  private void assertNoEndOfLifeBanner(String where) {
    List<WebElement> banners =
        Chromium.wait(browser)
            .withMessage(where + ": Camunda's header with its end-of-life banner")
            .until(driver -> {
              List<WebElement> found = driver.findElements(By.cssSelector(".ce-eol-banner"));
              return found.isEmpty() ? null : found;
            });
    for (WebElement banner : banners) {
      assertThat(banner.isDisplayed()).as(where + " shows \"" + banner.getAttribute("textContent").trim() + "\"").isFalse();
    }
    assertThat(browser.findElement(By.tagName("body")).getText()).as(where).doesNotContain("Camunda 8");
  }

  // ------------------------------------------------------------------------------------------ forms

  @Test
  void foundingFormsShowDatesAsYearMonthDayEveryHintInFullAndTheUnitByName() throws IOException {
    String instanceId = startFounding("英文浏览器测试企业" + UUID.randomUUID().toString().substring(0, 6));
    Task nomination = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(nomination.getTaskDefinitionKey()).isEqualTo("Task_RecordPartyNomination");
    String unitName = identityService.createTenantQuery().tenantId(COMMUNITY).singleResult().getName();

    browser.get(url("/camunda/app/tasklist/"));
    Chromium.logIn(browser, "dongjie-clerk", DEMO_PASSWORD);
    openClaimed(nomination);

    // 提名日期: typed and shown as yyyy-MM-dd, not mm/dd/yyyy
    WebElement date = browser.findElement(By.cssSelector(".fjs-form input[id$='-Field_nominationDate-date']"));
    assertThat(date.getAttribute("placeholder")).isEqualTo("yyyy-mm-dd");
    date.click();
    date.sendKeys("2025-03-07", Keys.ENTER);
    assertThat(date.getAttribute("value")).isEqualTo("2025-03-07");
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript(
                    "var d = arguments[0]._flatpickr.selectedDates[0];"
                        + " return d && [d.getFullYear(), d.getMonth() + 1, d.getDate()].join('-');",
                    date))
        .as("the date the picker understood")
        .isEqualTo("2025-3-7");

    // 筹备组成员: the rule and the example rows, in full
    assertEveryHintIsShown("union-founding-party-nomination");

    // the unit by name: task header (tenant), candidate group, the 所属单位 card
    assertThat(Chromium.waitFor(browser, By.cssSelector(".task-card .tenant-id")).getText()).isEqualTo(unitName);
    assertThat(browser.findElement(By.cssSelector(".task-card .meta .groups a")).getText()).isEqualTo(unitName);
    WebElement card =
        browser.findElement(By.cssSelector(".tasks-list .task a[href*='task=" + nomination.getId() + "']"))
            .findElement(By.xpath("ancestor::li[contains(@class,'task')]"));
    assertThat(card.findElement(By.cssSelector(".variable-label[uib-tooltip='orgUnitName']")).getText()).contains("所属单位");
    assertThat(card.getText()).contains(unitName).doesNotContain(COMMUNITY);

    // 记录选举结果 (step 6) carries the other multi-line hint, 当选人员
    runtimeService
        .createProcessInstanceModification(instanceId)
        .cancelAllForActivity("Task_RecordPartyNomination")
        .startBeforeActivity("Task_RecordElection")
        .execute(true, true);
    Task election = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(election.getTaskDefinitionKey()).isEqualTo("Task_RecordElection");
    openClaimed(election);
    assertThat(browser.findElement(By.cssSelector(".fjs-form input[id$='-Field_electionDate-date']")).getAttribute("placeholder"))
        .isEqualTo("yyyy-mm-dd");
    assertEveryHintIsShown("union-founding-election");
  }

  /**
   * Every description of a rendered field is shown whole, and every line of every text block (the example
   * rows in particular) is shown, as the form in forms/ has it.
   */
  private void assertEveryHintIsShown(String formId) throws IOException {
    JsonNode form = TasklistBrowserTest.form(formId);
    String shown = browser.findElement(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText();
    List<String> descriptions = new ArrayList<>();
    List<String> textLines = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (component.hasNonNull("description")) {
        descriptions.add(component.path("description").asText());
      }
      // a text block with a condition (e.g. the return notice) shows only when its condition holds
      if ("text".equals(component.path("type").asText()) && !component.has("conditional")) {
        for (String line : component.path("text").asText().split("\n")) {
          String plain = line.replaceAll("^#+ |\\*\\*|```", "").trim();
          if (!plain.isEmpty() && !plain.contains("{{") && !plain.contains("](")) {
            textLines.add(plain);
          }
        }
      }
    }
    assertThat(descriptions).as(formId + " has field descriptions").isNotEmpty();
    List<String> shownDescriptions =
        browser.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form-field-description")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shownDescriptions).as(formId + ": the field descriptions as shown").containsExactlyElementsOf(descriptions);
    for (String line : textLines) {
      assertThat(shown).as(formId + ": the form as shown").contains(line);
    }
  }

  private void openClaimed(Task task) {
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    Chromium.waitClickable(browser, By.cssSelector("button.claim")).click();
    Chromium.waitFor(browser, By.cssSelector(".unclaim"));
    Chromium.wait(browser)
        .withMessage("the claimed task's editable form")
        .until(
            driver ->
                !driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-form-field")).isEmpty()
                    && driver.findElements(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form .fjs-disabled")).isEmpty());
  }

  /** A founding of an enterprise with a party organisation, started by dongjie-clerk through /api. */
  private String startFounding(String enterprise) {
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("enterpriseName", enterprise);
    start.put("creditCode", TasklistBrowserTest.randomCreditCode());
    start.put("address", "示范县城关镇东街9号");
    start.put("ownerName", "刘英");
    start.put("employeeCount", 30);
    start.put("femaleEmployeeCount", 12);
    start.put("hasPartyOrganisation", true);
    HttpHeaders headers = as("dongjie-clerk");
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<?, ?> started = rest.postForObject(url("/api/union-foundings"), new HttpEntity<>(start, headers), Map.class);
    assertThat(started).as("the founding started through /api").isNotNull();
    assertThat(started.get("processInstanceId")).as("the founding started through /api").isNotNull();
    return (String) started.get("processInstanceId");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
